print(sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum([1, 2**62, 2**62]), sum([2**63, -1]))
print(sum([1.5, 2**100]), sum([True, 2.5]), sum([], 0.0), sum(range(10), 0.5))
print(sum(iter([1, 2, 3]), 10), sum([3, 4], start=-7), sum([[]] * 3, [1]))
print(type(sum([1, 2])).__name__, type(sum([1, 2.0])).__name__, type(sum([True, False])).__name__)
print(sum(x * x for x in range(1000)))
print(sum([0.5] * 1000), sum([1 / 3] * 3))
class Fl(float):
    pass
print(sum([Fl(1.5), 1]), sum([1, Fl(1.5)]))
