def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(sum([1, 2, 3]), sum([]), sum((), 10), sum(range(101)), sum([1, 2], start=5))
print(sum([0.1] * 10), sum([1, 2.5, 3]), sum([1.5, 2**70]), sum([True, True, 1]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([2**62, 2**62, 2**62]))
print(sum([-2**63, -1]), sum([1, -1] * 5), sum(x / 2 for x in range(5)))
print(sum([1, 2], 0.5), sum([0.5, 1], 1))
class M:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return M(self.v + (o.v if isinstance(o, M) else o))
    def __radd__(self, o):
        return M(o + self.v)
print(sum([M(1), M(2)]).v, sum([M(1)], M(10)).v)
t(lambda: sum(['a', 'b']))
t(lambda: sum(['a'], 'x'))
t(lambda: sum([b'a'], b''))
t(lambda: sum([1, 'a']))
t(lambda: sum(1))
t(lambda: sum())
t(lambda: sum([], 1, 2))
t(lambda: sum([], start=1, x=2))
t(lambda: sum([[1]]))
t(lambda: sum([1.5, 'a']))
