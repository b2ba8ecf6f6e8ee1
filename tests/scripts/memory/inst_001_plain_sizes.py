# sys.getsizeof of plain instances does not depend on how many attributes they have.
import sys
class C:
    pass
for n in range(6):
    o = C()
    for i in range(n):
        setattr(o, "a%d" % i, i)
    print(n, sys.getsizeof(o))
