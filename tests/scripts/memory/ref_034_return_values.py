# A returned object's references: only the caller's, once the callee's frame is gone.
import sys
def make():
    r = []
    return r
x = make()
print(sys.getrefcount(x))
print(sys.getrefcount(make()))
def lit():
    return "ret val!", 88888
t = lit()
print(sys.getrefcount(t), sys.getrefcount(t[0]), sys.getrefcount(t[1]))
