# Raising, catching, matching and re-raising.
def f(kind):
    if kind == 1:
        raise ValueError('one')
    if kind == 2:
        raise KeyError('two')
    if kind == 3:
        raise ZeroDivisionError
    return 'ok'


for k in range(4):
    try:
        print(f(k))
    except (KeyError, ZeroDivisionError) as e:
        print('caught', type(e).__name__, repr(e))
    except ValueError as e:
        print('value', e)
    else:
        print('else')
    finally:
        print('finally', k)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ArithmeticError as e:
    print('reraised', type(e).__name__, e)
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print('TypeError', e)
try:
    raise int
except TypeError as e:
    print('TypeError', e)
try:
    raise ValueError('x') from 5
except TypeError as e:
    print('TypeError', e)


class E(Exception):
    def __init__(self, code):
        super().__init__('code %d' % code)
        self.code = code


try:
    raise E(42)
except E as e:
    print(e.code, e.args, str(e))
try:
    {}['missing']
except LookupError as e:
    print(type(e).__name__, e)
try:
    [][3]
except LookupError as e:
    print(type(e).__name__, e)
e = None
try:
    raise RuntimeError('bound')
except RuntimeError as e:
    pass
try:
    print(e)
except NameError as ex:
    print('NameError', ex)
