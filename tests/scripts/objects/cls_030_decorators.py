# Class decorators and decorated methods.
def add_repr(cls):
    def __repr__(self):
        return '%s(%s)' % (cls.__name__, ', '.join('%s=%r' % kv for kv in sorted(vars(self).items())))
    cls.__repr__ = __repr__
    return cls


def register(registry):
    def deco(cls):
        registry.append(cls.__name__)
        return cls
    return deco


found = []


@register(found)
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(Point(1, 2), found)


def trace(f):
    def wrapper(*a, **k):
        print('call', f.__name__)
        return f(*a, **k)
    return wrapper


class Svc:
    @trace
    def run(self, n):
        return n * 2

    @staticmethod
    @trace
    def util(x):
        return x + 1

    @classmethod
    @trace
    def make(cls):
        return cls.__name__


print(Svc().run(4), Svc.util(1), Svc.make())


def singleton(cls):
    instances = {}

    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get


@singleton
class Config:
    def __init__(self, v):
        self.v = v


print(Config(1).v, Config(2).v, Config(3) is Config(4))
