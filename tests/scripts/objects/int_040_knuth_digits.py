B = 2**30
ds = [0, 1, 2, B // 2 - 1, B // 2, B // 2 + 1, B - 2, B - 1]
def num(seed, n):
    v = 0
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2**31
        v = v * B + ds[seed % len(ds)]
    return v, seed
seed = 7
acc = 0
cnt = 0
for na in range(2, 9):
    for nb in range(2, na + 1):
        for k in range(150):
            a, seed = num(seed, na)
            b, seed = num(seed, nb)
            if b == 0:
                continue
            q, r = divmod(a, b)
            acc = (acc * 31 + q * 7 + r) % (2**61 - 1)
            q, r = divmod(-a, b)
            acc = (acc * 31 + q * 7 + r) % (2**61 - 1)
            cnt += 1
print(cnt, acc)
