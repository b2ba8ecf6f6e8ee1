# Traceback: a sequence of Frames, oldest first (the C module gives the most recent first)
from tracemalloc import Traceback, Frame
tb = Traceback((("c.py", 30), ("b.py", 20), ("a.py", 10)))
print(tb, repr(tb))
print(len(tb), tb[0], tb[-1], tb[1:], list(tb))
print(Frame(("b.py", 20)) in tb, Frame(("b.py", 21)) in tb)
print(tb.index(Frame(("c.py", 30))), tb.count(Frame(("a.py", 10))))
print(list(reversed(tb)))
print(tb.total_nframe)
tb2 = Traceback((("c.py", 30), ("b.py", 20), ("a.py", 10)), 7)
print(repr(tb2), tb2.total_nframe)
print(tb == tb2, hash(tb) == hash(tb2), tb == 1)
one = Traceback((("z.py", 1),))
print(one < tb, tb < one, sorted([one, tb])[0])
try:
    tb[5]
except IndexError as e:
    print("IndexError", e)
