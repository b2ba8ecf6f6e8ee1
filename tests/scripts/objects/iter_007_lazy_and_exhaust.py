log = []
def src(n):
    for i in range(n):
        log.append(i)
        yield i
m = map(lambda x: x * 10, src(3))
print(log)
print(next(m), log)
print(list(m), log)
log.clear()
f = filter(lambda x: x > 0, src(3))
print(next(f), log)
log.clear()
z = zip(src(5), 'ab')
print(list(z), log)
log.clear()
e = enumerate(src(2))
print(list(e), list(e), log)
r = reversed([1, 2])
print(list(r), list(r))
it = iter([1])
print(list(it), list(it))
zz = zip([1, 2], [3])
print(list(zz), list(zz))
