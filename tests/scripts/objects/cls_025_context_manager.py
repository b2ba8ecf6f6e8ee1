# __enter__ / __exit__ on classes.
class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print('enter', self.name)
        return self

    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.swallow


with CM('a') as c:
    print('body', c.name)
with CM('b', True):
    raise ValueError('swallowed')
print('after b')
try:
    with CM('c'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', e)
with CM('x') as x, CM('y') as y:
    print('two', x.name, y.name)


def f():
    with CM('ret'):
        return 'returned'


print(f())


class NoExit:
    def __enter__(self):
        return 1


try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)


class Sub(CM):
    def __enter__(self):
        print('sub enter')
        return super().__enter__()


with Sub('s') as s:
    print(type(s).__name__)
