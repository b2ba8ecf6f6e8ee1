# *args: the tuple built for the call holds each positional argument.
import sys
def va(*args):
    return sys.getrefcount(args), [sys.getrefcount(a) for a in args]
obj = []
print(va(obj))
print(va(obj, obj))
print(va([], []))
print(sys.getrefcount(obj))
