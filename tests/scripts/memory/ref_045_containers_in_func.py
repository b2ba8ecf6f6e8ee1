# Containers in a function hold their items until the frame is gone.
import sys
obj = []
def f():
    L = [obj, obj]
    d = {"k": obj}
    return sys.getrefcount(obj)
print(sys.getrefcount(obj), f(), sys.getrefcount(obj))
