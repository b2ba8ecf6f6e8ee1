# WeakSet: elements vanish when they die.
import weakref

class Obj:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "Obj(%d)" % self.n

objs = [Obj(i) for i in range(5)]
s = weakref.WeakSet(objs)
print(len(s), objs[0] in s, Obj(9) in s, 3 in s, [] in s)
del objs[0]
print(len(s), sorted(o.n for o in s))
s.add(objs[0])
print(len(s))
s.discard(objs[0])
s.discard(Obj(8))
print(len(s))
try:
    s.remove(Obj(8))
except KeyError:
    print("KeyError")
try:
    s.add(1)
except TypeError as e:
    print("TypeError:", e)
x = s.pop()
print(type(x).__name__, len(s))
s.clear()
print(len(s), repr(s))
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
