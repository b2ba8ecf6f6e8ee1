# __getattr__, __getattribute__, __setattr__, __delattr__.
class Lazy:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        if name.startswith('x'):
            return name.upper()
        raise AttributeError(name)


l = Lazy()
print(l.real, l.xyz, getattr(l, 'xa'), hasattr(l, 'nope'))
try:
    l.nope
except AttributeError as e:
    print('AttributeError', e)


class Logged:
    def __getattribute__(self, name):
        if name == 'secret':
            return 'hidden'
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value * 2)

    def __delattr__(self, name):
        print('del', name)
        object.__delattr__(self, name)


g = Logged()
g.a = 5
print(g.a, g.secret)
del g.a
print(hasattr(g, 'a'))


class Fallback:
    def __getattribute__(self, name):
        raise AttributeError('nope ' + name)

    def __getattr__(self, name):
        return 'fallback ' + name


print(Fallback().anything)


class Frozen:
    def __setattr__(self, name, value):
        raise AttributeError("can't set " + name)


try:
    Frozen().x = 1
except AttributeError as e:
    print('AttributeError', e)


class Sub(Lazy):
    pass


print(Sub().xq)
try:
    object.__setattr__(1, 'x', 2)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    getattr(l, 5)
except TypeError as e:
    print('TypeError', e)
