x = 'global x'
class C:
    x = 'class x'
    def m(self):
        return x
    y = x
print(C().m(), C.y)
def outer():
    v = 'outer v'
    class K:
        w = v
        def get(self):
            return v
    return K
K = outer()
print(K.w, K().get())
def outer2():
    name = 'enclosing'
    class K2:
        name = 'class-level'
        def get(self):
            return name
        seen = name
    return K2
K2 = outer2()
print(K2().get(), K2.seen)
class Counter:
    n = 0
    for i in range(3):
        n += i
    del i
print(Counter.n, hasattr(Counter, 'i'))
class Cond:
    if True:
        flag = 'yes'
    else:
        flag = 'no'
print(Cond.flag)
class WithLocals:
    a = 1
    names = sorted(k for k in locals().keys() if not k.startswith('__'))
print(WithLocals.names)
