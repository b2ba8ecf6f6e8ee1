def risky(n):
    if n == 0:
        raise ZeroDivisionError('zero')
    if n < 0:
        raise ValueError('negative')
    return 10 / n
for n in [2, 0, -1]:
    try:
        print(risky(n))
    except ZeroDivisionError as e:
        print('zde', e)
    except ValueError as e:
        print('ve', e)
    else:
        print('no error')
    finally:
        print('done', n)
def convert(vals):
    out = []
    for v in vals:
        try:
            out.append(int(v))
        except (ValueError, TypeError):
            out.append(None)
    return out
print(convert(['1', 'x', None, '3']))
def reraise_different():
    try:
        {}['k']
    except KeyError as e:
        raise LookupError('wrapped') from e
try:
    reraise_different()
except LookupError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
try:
    try:
        raise ValueError(1)
    except ValueError:
        raise
except ValueError as e:
    print('bare reraise', e.args)
def except_star_name():
    try:
        raise IOError('io')
    except OSError as e:
        return type(e).__name__
print(except_star_name())
