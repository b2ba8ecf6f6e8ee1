def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        print('caught', e)
        return 'r'
    finally:
        print('finally')
print(f())
try:
    raise ValueError('a')
except (TypeError, ValueError) as e:
    print(type(e).__name__, e.args)
try:
    try:
        raise KeyError('k')
    except KeyError:
        raise ValueError('v')
except ValueError as e:
    print(repr(e.__context__), e.__cause__)
try:
    try:
        raise KeyError('k')
    except KeyError as k:
        raise ValueError('v') from k
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    raise ValueError('x') from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
try:
    raise
except RuntimeError as e:
    print(e)
def reraiser():
    try:
        raise IndexError('i')
    except IndexError:
        raise
try:
    reraiser()
except IndexError as e:
    print('reraised', e)
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('fin', i)
def g():
    for i in range(5):
        try:
            return i
        finally:
            print('in finally')
print(g())
try:
    try:
        raise TypeError
    except ValueError:
        print('no')
    else:
        print('no else')
    finally:
        print('outer finally')
except TypeError:
    print('type error')
try:
    pass
except Exception:
    print('no')
else:
    print('else ran')
try:
    e
except NameError as ex:
    print(ex)
class MyErr(Exception):
    pass
try:
    raise MyErr
except Exception as e:
    print(type(e).__name__, isinstance(e, MyErr))
try:
    raise 5
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print(e)
