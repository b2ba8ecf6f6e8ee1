# functools.total_ordering fills in the missing comparisons from any one of them.
from functools import total_ordering


@total_ordering
class ByLt:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __lt__(self, other):
        if not isinstance(other, ByLt):
            return NotImplemented
        return self.v < other.v


a, b, c = ByLt(1), ByLt(2), ByLt(2)
print(a < b, a <= b, a > b, a >= b, b <= c, b >= c, b > c)
print([x.v for x in sorted([ByLt(3), ByLt(1), ByLt(2)])])
print(ByLt.__gt__.__name__, ByLt.__le__.__name__)


@total_ordering
class ByGe:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __ge__(self, other):
        return self.v >= other.v


x, y = ByGe(5), ByGe(7)
print(x < y, x <= y, x > y, x >= y, y > x)


@total_ordering
class ByLe:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __le__(self, other):
        return self.v <= other.v


print(ByLe(1) < ByLe(2), ByLe(2) > ByLe(1), ByLe(2) >= ByLe(2), ByLe(3) < ByLe(3))


@total_ordering
class ByGt:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v


print(ByGt(1) < ByGt(2), ByGt(2) <= ByGt(1), ByGt(5) >= ByGt(1))

try:
    ByLt(1) < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    ByLt(1) >= 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(type(e).__name__, e)
