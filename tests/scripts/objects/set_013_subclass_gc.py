# set subclasses and collector tracking
import gc
class S(set):
    def extra(self):
        return len(self) * 10
s = S([1, 2, 3])
print(s, s.extra(), type(s | {4}).__name__, type(s.copy()).__name__, type(s & s).__name__)
print(s == {1, 2, 3}, isinstance(s, set), type(s.union()).__name__)
class F(frozenset):
    pass
f = F([1])
print(f, type(f.copy()).__name__, f.copy() is f, type(frozenset(f)).__name__, frozenset(f) is f)
print(gc.is_tracked(set()), gc.is_tracked(frozenset()), gc.is_tracked({1}), gc.is_tracked(iter({1})))
class Init(set):
    def __init__(self, it, label):
        super().__init__(it)
        self.label = label
i = Init('abc', 'L')
print(sorted(i), i.label)
s = {1, 2}
s.__init__([7, 8])
print(s)
s.__init__()
print(s)
