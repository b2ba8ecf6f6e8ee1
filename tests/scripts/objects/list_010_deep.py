big = list(range(1000000))
print(len(big), big[-1], sum(big[:10]))
del big
x = []
for i in range(200000):
    x = [x]
del x
print('deep list freed')
t = ()
for i in range(200000):
    t = (t,)
del t
print('deep tuple freed')
m = []
for i in range(100000):
    m = [m, (m,)]
del m
print('mixed freed')
a = [[i] for i in range(100000)]
b = a[::2]
del a
print(len(b), b[-1])
