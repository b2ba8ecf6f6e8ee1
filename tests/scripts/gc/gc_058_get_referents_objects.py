# Referents of instances, functions, bound methods, cells and classes.
import gc
class P:
    def __init__(self):
        self.a = "first"
        self.b = [1]
    def m(self):
        pass
p = P()
refs = gc.get_referents(p)
print("instance refers to its class:", P in refs)
print("instance attribute values:", [r for r in refs if r is not P])
m = p.m
mr = gc.get_referents(m)
print("bound method -> function and self:", P.m in mr, p in mr, len(mr))
def outer():
    v = "captured"
    def inner():
        return v
    return inner
f = outer()
print("cell:", gc.get_referents(f.__closure__[0]))
print("closure tuple:", gc.get_referents(f.__closure__) == [f.__closure__[0]])
fr = gc.get_referents(f)
print("function refers to globals:", any(r is globals() for r in fr))
print("function refers to closure:", any(r is f.__closure__ for r in fr))
