def sign(x):
    return 'neg' if x < 0 else 'zero' if x == 0 else 'pos'
print([sign(v) for v in (-2, 0, 3)])
x = 5
y = (x * 2 if x > 3 else x / 2) + 1
print(y)
print((lambda v: 'even' if v % 2 == 0 else 'odd')(7))
calls = []
def t(v):
    calls.append(v)
    return v
r = t('a') if t(False) else t('b')
print(r, calls)
print([i if i % 2 else -i for i in range(5)])
print('nested' if (1 if True else 0) else 'no')
