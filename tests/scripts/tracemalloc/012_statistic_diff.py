# StatisticDiff: sizes and counts with their signed differences
from tracemalloc import StatisticDiff, Traceback
tb = Traceback((("app.py", 6),))
d = StatisticDiff(tb, 2235 * 1024, 2235 * 1024, 29981, 29981)
print(d)
print(repr(d))
print(StatisticDiff(tb, 0, -4096, 0, -12))
print(repr(StatisticDiff(tb, 0, -4096, 0, -12)))
print(StatisticDiff(tb, 500, 0, 5, 0))
print(d == StatisticDiff(tb, 2235 * 1024, 2235 * 1024, 29981, 29981), d == d)
print(hash(d) == hash((tb, 2235 * 1024, 2235 * 1024, 29981, 29981)))
