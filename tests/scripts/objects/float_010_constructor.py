# float() from strings, ints and objects with __float__/__index__
for s in ['1', '  2.5  ', '-3e2', '+.5', '5.', '1_000.000_1', '1e1_0', 'inf', '-INF', 'Infinity',
          '-infinity', 'nan', 'NaN', '-nan', '\t\n 7 \r', '0x10'[0:1], '1E-3', '00012', '1e500',
          '-1e500', '1e-500', '\u00a012\u00a0', '\u2003 3.5']:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print('ValueError', e)
for bad in ['', ' ', 'abc', '1_', '_1', '1__0', '1.5.2', '1e', '1e+', '--1', 'in f', '0x10', '1,5',
            '1_.5', '1._5', 'infinit', 'nan1', '.', 'e5', '1 2']:
    try:
        float(bad)
    except ValueError as e:
        print('ValueError', e)
print(float(), float(3), float(-2 ** 70), float(True), float(b'1.25'), float(2.5))
class F:
    def __float__(self):
        return 4.25
class I:
    def __index__(self):
        return 9
class Bad:
    def __float__(self):
        return 1
print(float(F()), float(I()))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: float(Bad()))
t(lambda: float([]))
t(lambda: float(None))
t(lambda: float(x=1))
t(lambda: float(1, 2))
t(lambda: float(10 ** 400))
t(lambda: float('1' * 400))
print(float('\u0661\u0662.\u0665'), float('\uff11\uff12\uff13'), float('\u3000-1.5e1\u2029'))
t(lambda: float('1\u00e9'))
t(lambda: float('\u00bd'))
