for i in range(3):
    if i == 5:
        break
else:
    print('for completed')
for i in range(3):
    if i == 1:
        break
else:
    print('not printed')
print('broke at', i)
n = 0
while n < 3:
    n += 1
else:
    print('while completed', n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print('not printed')
for x in []:
    print('never')
else:
    print('empty else')
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print(i, j)
    else:
        print('inner else')
    if i == 1:
        continue
    print('end', i)
result = []
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    result.append(i)
print(result)
for i in range(3):
    pass
print(i)
