vals = [(), (0,), (1, 2), (2, 1), ('a',), ((1, 2), 3), ('s', True, 1.5), (2**64,), (-1,), (-2,)]
for v in vals:
    print(v, hash(v))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((True,)) == hash((1,)))
d = {(1, 2): 'a', (1.0, 2.0): 'b'}
print(d)
print((1, 2) == (1.0, 2.0), (1, (2, 3)) < (1, (2, 4)), (1, 2) > (1,), () < (0,))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1,)]))
n = float('nan')
t = (n,)
print(t == t, (n,) == (n,), t[0] is n)
class H:
    def __init__(self):
        self.calls = 0
    def __hash__(self):
        self.calls += 1
        return 1
h = H()
x = (h, h)
hash(x)
hash(x)
print(h.calls)
