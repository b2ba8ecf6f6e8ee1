e = ValueError('msg', 2)
print(e.args, str(e), repr(e))
print(str(ValueError()), repr(KeyError('k')), str(KeyError('k')))
class MyError(Exception):
    def __init__(self, value):
        super().__init__(value)
        self.value = value
    def __str__(self):
        return 'MyError<%s>' % self.value
try:
    raise MyError(42)
except MyError as err:
    print(err, err.value, err.args, type(err).__mro__[1].__name__)
class Base(Exception): pass
class Sub(Base): pass
for exc in [Sub(), Base(), Exception()]:
    try:
        raise exc
    except Sub:
        print('Sub')
    except Base:
        print('Base')
    except Exception:
        print('Exception')
try:
    raise Sub
except (KeyError, Base) as e:
    print('tuple match', type(e).__name__)
print(isinstance(StopIteration(), Exception), issubclass(KeyboardInterrupt, Exception))
print(StopIteration(5).value, SystemExit(3).code)
try:
    raise OSError(2, 'No such file')
except OSError as e:
    print(e.errno, e.strerror)
