class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith('x'):
            return name.upper()
        raise AttributeError(name)
d = Dyn()
print(d.real, d.xyz)
try:
    d.other
except AttributeError as e:
    print('AttributeError', e)
class Rec:
    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print('del', name)
        object.__delattr__(self, name)
r = Rec()
r.a = 5
print(r.a)
del r.a
print(hasattr(r, 'a'), getattr(r, 'a', 'default'))
setattr(r, 'b', 2)
print(r.b)
class Plain:
    pass
p = Plain()
try:
    p.missing
except AttributeError as e:
    print(e)
try:
    del p.missing
except AttributeError as e:
    print(e)
p.__dict__['z'] = 9
print(p.z, sorted(vars(p)))
print(Plain.__name__, Plain.__qualname__, type(p).__name__, p.__class__ is Plain)
