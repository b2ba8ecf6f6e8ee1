# finalize.peek and detach.
import weakref

class Obj:
    pass

def fin(x):
    print("fin", x)

a = Obj()
f = weakref.finalize(a, fin, "a")
obj, func, args, kwargs = f.peek()
print(obj is a, func is fin, args, kwargs, f.alive)
del obj
res = f.detach()
print(res[0] is a, res[1:], f.alive, f.detach(), f.peek())
del res
del a
print("no call")
