def stateful():
    count = 0
    while count < 3:
        count += 1
        yield count
    print('finished loop')
g1 = stateful()
g2 = stateful()
print(next(g1), next(g1), next(g2), next(g1), next(g2))
print(list(g1), list(g2))
def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib_gen()
print([next(f) for _ in range(10)])
def chunk(seq, n):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) == n:
            yield buf
            buf = []
    if buf:
        yield buf
print(list(chunk(range(7), 3)))
def window(seq):
    it = iter(seq)
    prev = next(it)
    for cur in it:
        yield prev, cur
        prev = cur
print(list(window('abcd')))
print(list(zip(stateful(), 'ab')))
