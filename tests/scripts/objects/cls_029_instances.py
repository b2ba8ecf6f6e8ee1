# Instances: identity, equality defaults, attribute dicts and default truth.
class C:
    pass


a, b = C(), C()
print(a is b, a == b, a != b, a is a, a == a)
print(bool(a), type(a) is C, C is type(b))
a.x = 1
b.x = 1
print(a.__dict__ == b.__dict__, a.__dict__ is b.__dict__)
a.__dict__.update(y=2, z=3)
print(sorted(a.__dict__), a.y + a.z)
del a.__dict__['y']
print(hasattr(a, 'y'))
print(isinstance(a, C), isinstance(C, C), isinstance(C, type), isinstance(a, type))
objs = [C() for _ in range(3)]
print(len(set(objs)), len({id(o) for o in objs}))


class WithInit:
    def __init__(self, *args, **kwargs):
        self.args = args
        self.kwargs = kwargs


w = WithInit(1, 2, k=3)
print(w.args, w.kwargs)
try:
    WithInit.__init__()
except TypeError as e:
    print('TypeError', e)
