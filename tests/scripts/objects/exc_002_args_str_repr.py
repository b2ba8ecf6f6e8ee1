# args, str() and repr() of exceptions.
for e in [ValueError(), ValueError('x'), ValueError(1, 2), ValueError(None), ValueError('')]:
    print(repr(e), '|' + str(e) + '|', e.args)
print(repr(KeyError('k')), str(KeyError('k')), str(KeyError()), str(KeyError(1, 2)))
print(str(KeyError('')), repr(KeyError(('a', 1))))
print(repr(IndexError(5)), str(IndexError([1, 2])))
e = Exception('a', 'b')
e.args = ['c']
print(e.args, str(e))
e.args = ()
print(repr(e))
try:
    del e.args
except TypeError as ex:
    print('TypeError', ex)
try:
    ValueError(x=1)
except TypeError as ex:
    print('TypeError', ex)
print(BaseException('b'), repr(BaseException()))
print(repr(StopIteration(1)), repr(SystemExit(2)), repr(RuntimeError('r')))


class MyErr(Exception):
    pass


print(repr(MyErr('m')), str(MyErr('m', 2)), MyErr.__name__, MyErr.__module__)


class WithStr(Exception):
    def __str__(self):
        return 'custom'


print(repr(WithStr('x')), str(WithStr('x')))
print(f'{ValueError("fmt")}', '%s' % TypeError('pct'))
