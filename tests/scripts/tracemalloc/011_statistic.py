# Statistic: str with average, repr, equality, hash
from tracemalloc import Statistic, Traceback
tb = Traceback((("app.py", 6),))
s = Statistic(tb, 2235 * 1024, 29981)
print(s)
print(repr(s))
print(Statistic(tb, 0, 0))
print(Statistic(tb, 100, 3))
print(s == Statistic(tb, 2235 * 1024, 29981), s == Statistic(tb, 1, 29981))
print(hash(s) == hash((tb, 2235 * 1024, 29981)))
print(s.traceback is tb, s.size, s.count)
s.size = 5
print(s)
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError")
