def t(x):
    print('t', x)
    return x
print(t(1) and t(2))
print(t(0) and t(2))
print(t(0) or t(3))
print(t(4) or t(5))
print(t(0) or t('') or t([]))
print(t(1) and t(2) and t(3))
print(not t(0), not t(1))
if t(0) or t(1) and t(2):
    print('yes')
if not (t(1) and t(0)):
    print('negated')
while t(0) and t(1):
    pass
x = [] or {} or 'fallback'
print(x)
y = 0 and undefined_name
print(y)
print(1 if t(True) else 2, 3 if t(None) else 4)
print((1 and 2) or 3, 0 and 1 or 2)
