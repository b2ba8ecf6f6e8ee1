# functools.wraps and update_wrapper copy metadata and set __wrapped__.
import functools
from functools import wraps, update_wrapper


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        print('calling', func.__name__, len(args), kwargs)
        return func(*args, **kwargs)
    return wrapper


@logged
def greet(name, punct='!'):
    """Greet someone."""
    return 'hello ' + name + punct


greet.tag = 'extra'
print(greet('bob'), greet('amy', punct='?'))
print(greet.__name__, greet.__doc__, greet.__qualname__, greet.__module__)
print(greet.__wrapped__.__name__, greet.__wrapped__('x'))
print(functools.WRAPPER_ASSIGNMENTS)
print(functools.WRAPPER_UPDATES)


def plain():
    pass


plain.attr = 5


def other():
    """other doc"""


res = update_wrapper(other, plain)
print(res is other, other.__name__, other.__doc__, other.attr, other.__wrapped__ is plain)


def nodoc():
    pass


def target():
    "target"


update_wrapper(nodoc, target, assigned=('__doc__',), updated=())
print(nodoc.__name__, nodoc.__doc__)


class Callable:
    def __call__(self):
        return 1


obj = Callable()


def w():
    pass


update_wrapper(w, obj)
print(w.__name__, w.__wrapped__ is obj)


class Meth:
    @logged
    def m(self, x):
        "method doc"
        return x + 1


print(Meth().m(1), Meth.m.__qualname__, Meth.m.__doc__)
