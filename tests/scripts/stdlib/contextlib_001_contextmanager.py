# contextlib.contextmanager: setup, the yielded value, teardown, reuse as a decorator.
from contextlib import contextmanager


@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)


with tag('a') as t:
    print('body', t)
with tag('outer'), tag('inner') as i:
    print('nested', i)
with tag('plain'):
    pass


@contextmanager
def counter():
    state = {'n': 0}
    yield state
    print('final', state['n'])


with counter() as st:
    st['n'] += 5


@tag('deco')
def decorated(x):
    print('inside', x)
    return x * 2


print(decorated(3))
print(decorated(4), decorated.__name__)


@contextmanager
def documented():
    """Doc of the generator."""
    yield


print(documented.__name__, documented.__doc__)
cm = tag('once')
with cm:
    pass
try:
    with cm:
        pass
except Exception as e:
    print(type(e).__name__)


def values():
    yield 1


print(type(contextmanager(values)()).__name__)
