# sys.getsizeof of classes: the heap type plus its cached keys.
import sys
class A:
    pass
class B(A):
    x = 1
class S:
    __slots__ = ("a",)
class SD:
    __slots__ = ("a", "__dict__")
print(sys.getsizeof(A), sys.getsizeof(B), sys.getsizeof(S), sys.getsizeof(SD))
a = A()
a.x = 1
a.y = 2
print(sys.getsizeof(A))
