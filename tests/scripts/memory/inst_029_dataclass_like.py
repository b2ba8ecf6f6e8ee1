# Many instances of one class: every __dict__ is a split dict.
import sys
class Rec:
    def __init__(self, a, b, c):
        self.a = a
        self.b = b
        self.c = c
recs = [Rec(i, i + 1, i + 2) for i in range(6)]
print([sys.getsizeof(r) for r in recs])
print([sys.getsizeof(r.__dict__) for r in recs])
print(sum(r.a + r.b + r.c for r in recs))
