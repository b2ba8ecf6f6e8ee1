def f(x):
    try:
        if x == 0:
            return 'zero'
        if x == 1:
            raise ValueError('one')
        return 'other'
    except ValueError as e:
        return 'caught ' + str(e)
    finally:
        print('finally', x)
print(f(0), f(1), f(2))
def override():
    try:
        return 'try'
    finally:
        return 'finally'
print(override())
def loop():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out
print(loop())
def nested():
    try:
        try:
            raise KeyError('inner')
        finally:
            print('inner finally')
    except KeyError as e:
        print('outer caught', e)
nested()
def exc_var_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        err
    except NameError as e2:
        print('cleared:', e2)
exc_var_cleared()
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print('wf', n)
print(while_finally())
try:
    try:
        raise ValueError('first')
    finally:
        print('cleanup')
except ValueError as e:
    print('after', e)
