# Replacing __dict__ with a plain dict.
import sys
class C:
    pass
c = C()
c.a = 1
c.__dict__ = {"b": 2}
print(vars(c), hasattr(c, "a"), c.b)
print(sys.getsizeof(c.__dict__))
c.z = 5
print(c.__dict__)
