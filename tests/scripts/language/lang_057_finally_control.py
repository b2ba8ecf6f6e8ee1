def swallow_return():
    try:
        raise ValueError('lost')
    finally:
        return 'finally wins'
print(swallow_return())
def swallow_break():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return i
print(swallow_break())
def finally_continue():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        except ValueError:
            out.append('err')
            continue
        finally:
            out.append('f')
    return out
print(finally_continue())
def nested_finally():
    log = []
    try:
        try:
            return log
        finally:
            log.append('inner')
    finally:
        log.append('outer')
print(nested_finally())
def raise_in_finally():
    try:
        raise KeyError('original')
    finally:
        raise ValueError('replacement')
try:
    raise_in_finally()
except ValueError as e:
    print(e, repr(e.__context__))
def return_value_preserved():
    x = 'before'
    try:
        return x
    finally:
        x = 'after'
print(return_value_preserved())
