# module-level expressions, assignment, if/while/for
x = 1 + 2 * 3
print(x, x - 10, x // 2, x % 4, x ** 2, -x, +x, ~x)
a = b = c = 'hi'
print(a, b, c, a is b)
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    if n == 4:
        break
    print('while', n)
else:
    print('no else')
for i in range(3):
    print('for', i)
else:
    print('for else')
if x > 5:
    print('big')
elif x > 2:
    print('medium')
else:
    print('small')
t = 1, 2, 3
p, q, r = t
print(p, q, r)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abc'
print(init, last)
u, (v, w) = 1, (2, 3)
print(u, v, w)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0, 'a' in 'abc', 3 not in [1, 2])
print(None is None, 1 is not None)
print(True and 'yes', False or 'no', not 0, not 'x')
print(1 if x else 2, 'y' if not x else 'n')
