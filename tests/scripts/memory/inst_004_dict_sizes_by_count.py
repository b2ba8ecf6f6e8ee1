# The size of a materialised __dict__ follows the class's shared keys.
import sys
for n in range(0, 34, 3):
    class D:
        pass
    o = D()
    for i in range(n):
        setattr(o, "k%d" % i, i)
    print(n, sys.getsizeof(o.__dict__), len(o.__dict__))
