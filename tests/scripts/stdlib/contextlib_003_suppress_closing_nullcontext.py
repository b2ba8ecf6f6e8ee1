# contextlib.suppress, closing, nullcontext and AbstractContextManager.
from contextlib import suppress, closing, nullcontext, AbstractContextManager

with suppress(KeyError):
    {}['x']
print('after KeyError')
with suppress(KeyError, IndexError):
    [][1]
print('after IndexError')
with suppress(LookupError):
    {}['y']
print('subclass suppressed')
with suppress():
    pass
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
with suppress(ValueError) as s:
    print(s)


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print('closed', self.name)


with closing(Resource('r1')) as r:
    print('using', r.name)
try:
    with closing(Resource('r2')):
        raise ValueError('fail')
except ValueError as e:
    print('error', e)
with nullcontext(5) as v:
    print(v)
with nullcontext() as v:
    print(v)
try:
    with nullcontext():
        raise KeyError('nc')
except KeyError as e:
    print(type(e).__name__, e)


class Mine(AbstractContextManager):
    def __exit__(self, *exc):
        print('exit', exc[0])


with Mine() as m:
    print(type(m).__name__)
