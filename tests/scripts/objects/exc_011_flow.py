# Control flow through try/except/else/finally with nested handlers.
def f(n):
    out = []
    try:
        out.append('try')
        if n == 0:
            raise ValueError('zero')
        if n == 1:
            return out + ['returned']
    except ValueError as e:
        out.append('except ' + str(e))
        try:
            raise TypeError('inner')
        except TypeError as t:
            out.append('inner ' + str(t))
            out.append('ctx ' + repr(t.__context__))
    else:
        out.append('else')
    finally:
        out.append('finally')
    return out


for n in range(3):
    print(f(n))


def g():
    try:
        return 'try'
    finally:
        print('finally runs before return value is used')


print(g())


def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print('finally', i)


h()
try:
    try:
        raise KeyError('a')
    finally:
        print('cleanup')
except KeyError as e:
    print('outer', e)
try:
    try:
        raise KeyError('a')
    except KeyError:
        raise ValueError('b')
except ValueError as e:
    print(repr(e), repr(e.__context__))
import sys
try:
    raise IndexError('i')
except IndexError:
    print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))
print(sys.exc_info())
