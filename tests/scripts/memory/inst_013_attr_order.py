# Attributes added in a different order keep each instance's own order.
import sys
class C:
    pass
a = C()
a.x = 1
a.y = 2
b = C()
b.y = 3
b.x = 4
print(vars(a), vars(b))
print(list(b.__dict__), sys.getsizeof(b.__dict__))
