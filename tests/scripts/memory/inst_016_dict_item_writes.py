# Writing through __dict__ with str and non-str keys.
import sys
class C:
    pass
c = C()
c.__dict__
c.y = 2
print(sys.getsizeof(c.__dict__))
c.__dict__["z"] = 3
print(sys.getsizeof(c.__dict__), c.z)
c.__dict__[1] = 3
print(sys.getsizeof(c.__dict__), c.__dict__)
