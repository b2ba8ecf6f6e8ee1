# vars() needs a __dict__: slotted objects refuse it.
class S:
    __slots__ = ("a",)
class D:
    __slots__ = ("a", "__dict__")
s = S()
s.a = 1
try:
    vars(s)
except TypeError as e:
    print("TypeError:", e)
d = D()
d.a = 1
d.b = 2
print(vars(d), d.__dict__ is vars(d), d.a)
try:
    vars(42)
except TypeError as e:
    print("TypeError:", e)
