if (n := 10) > 5:
    print('n is', n)
data = [1, 2, 3, 4]
while (item := data.pop()) != 2:
    print('popped', item)
print([y for x in range(5) if (y := x * 2) > 4])
print(y)
def f():
    total = 0
    vals = [total := total + v for v in range(4)]
    return vals, total
print(f())
print((a := 1, a + 1))
def g():
    if any((hit := v) > 2 for v in [1, 3, 5]):
        return hit
print(g())
print([(w := i) for i in 'ab'], w)
