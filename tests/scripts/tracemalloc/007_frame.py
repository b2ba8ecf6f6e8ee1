# Frame: filename, lineno, str, repr, ordering and hashing
from tracemalloc import Frame
a = Frame(("app.py", 6))
b = Frame(("app.py", 12))
c = Frame(("lib.py", 1))
print(a, repr(a), a.filename, a.lineno)
print(a == Frame(("app.py", 6)), a != b, a < b, b < c, a <= a, c > b, a >= b)
print(hash(a) == hash(("app.py", 6)))
print(sorted([c, b, a]))
print(a == 3, a != "x")
try:
    a < 3
except TypeError as e:
    print("TypeError", e)
