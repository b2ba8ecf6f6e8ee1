# Subclasses of builtins: instance and __dict__ sizes.
import sys
class L(list):
    pass
class I(int):
    pass
class Dd(dict):
    pass
l = L()
l.a = 1
print(sys.getsizeof(l), sys.getsizeof(l.__dict__), sys.getsizeof(L))
i = I(5)
i.a = 1
print(sys.getsizeof(i), sys.getsizeof(i.__dict__), sys.getsizeof(I))
d = Dd()
d.a = 1
print(sys.getsizeof(d), sys.getsizeof(d.__dict__))
