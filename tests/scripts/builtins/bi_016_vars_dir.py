def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class C:
    a = 1
    def __init__(self):
        self.x = 1
        self.y = 2
    def meth(self):
        pass
c = C()
print(vars(c), sorted(vars(C).keys())[:3])
print([n for n in dir(c) if not n.startswith('__')])
print([n for n in dir(C) if not n.startswith('__')])
print('__init__' in dir(c), '__class__' in dir(c), 'append' in dir([]), 'keys' in dir({}))
print(dir(c) == sorted(dir(c)))
class D:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']
print(dir(D()))
def f():
    local1 = 1
    local2 = 2
    return dir()
print(f())
def g():
    q = 5
    return vars()
print(g())
t(lambda: vars(1))
t(lambda: vars(1, 2))
t(lambda: dir(1, 2))
class Sl:
    __slots__ = ('a',)
t(lambda: vars(Sl()))
import sys
print('version' in dir(sys), 'stdout' in vars(sys))
