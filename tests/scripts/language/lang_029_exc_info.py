import sys
print(sys.exc_info())
try:
    raise ValueError('v')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
try:
    raise KeyError('outer')
except KeyError:
    try:
        raise IndexError('inner')
    except IndexError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
def g():
    try:
        raise TypeError('in gen')
    except TypeError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
it = g()
print(next(it))
print(sys.exc_info())
print(next(it))
e = ValueError('x')
print(e.__traceback__)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__traceback__.tb_lineno, type(caught.__traceback__).__name__)
    print(caught.__traceback__.tb_frame.f_code.co_name)
