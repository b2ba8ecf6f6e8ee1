# Deleting attributes keeps the dict split.
import sys
class C:
    pass
e = C()
e.b = 1
e.a = 2
del e.b
print(e.__dict__, sys.getsizeof(e.__dict__))
f = C()
f.y = 1
del f.y
f.y = 2
print(vars(f), sys.getsizeof(f.__dict__))
try:
    del f.nothing
except AttributeError as exc:
    print(exc)
