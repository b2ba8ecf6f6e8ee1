def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class C:
    x = 1
    def __init__(self):
        self.y = 2
c = C()
print(getattr(c, 'x'), getattr(c, 'y'), getattr(c, 'z', 'dflt'), getattr(C, 'x'), getattr(1, 'real'))
print(hasattr(c, 'x'), hasattr(c, 'z'), hasattr(1, 'imag'), hasattr([], 'append'), hasattr(None, 'x'))
setattr(c, 'z', 3)
print(c.z, getattr(c, 'z'))
delattr(c, 'z')
print(hasattr(c, 'z'))
t(lambda: getattr(c, 'nope'))
t(lambda: getattr(c, 1))
t(lambda: getattr(c, 1, 2))
t(lambda: getattr(c))
t(lambda: getattr(c, 'a', 'b', 'c'))
t(lambda: hasattr(c, 2))
t(lambda: hasattr(c))
t(lambda: setattr(c, 1, 2))
t(lambda: setattr(1, 'x', 2))
t(lambda: setattr(c, 'x'))
t(lambda: delattr(c, 'nope'))
t(lambda: delattr(c, None))
t(lambda: delattr(1, 'real'))
class P:
    @property
    def boom(self):
        raise ValueError('in property')
    def __getattr__(self, name):
        if name == 'dyn':
            return 'dynamic'
        raise AttributeError(name)
p = P()
print(getattr(p, 'dyn'), hasattr(p, 'dyn'), hasattr(p, 'other'), getattr(p, 'other', 0))
t(lambda: hasattr(p, 'boom'))
t(lambda: getattr(p, 'boom', 1))
