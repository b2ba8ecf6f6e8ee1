a, b = 0, 10
while a < b and b - a > 2:
    a += 1
    b -= 1
print(a, b)
queue = [1]
seen = []
while queue:
    n = queue.pop(0)
    seen.append(n)
    if n < 20:
        queue.extend([n * 2, n * 3])
print(seen[:10], len(seen))
i = 0
while not (i > 5 or i * i > 10):
    i += 1
print(i)
count = 0
while True:
    count += 1
    if count % 2:
        continue
    if count > 8:
        break
print(count)
x = 100
while x:
    x //= 3
else:
    print('ended with', x)
