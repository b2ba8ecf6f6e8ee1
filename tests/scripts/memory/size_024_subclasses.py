# Instances of subclasses of builtins whose base already has items (int, bytes, tuple)
# carry a __dict__ pointer but no weakref slot; list/dict/set subclasses add both.
import sys
class I(int):
    pass
class B(bytes):
    pass
class T(tuple):
    pass
class L(list):
    pass
class D(dict):
    pass
class S(set):
    pass
class E(Exception):
    pass
print(sys.getsizeof(I()), sys.getsizeof(I(2**100)), sys.getsizeof(B(b"ab")), sys.getsizeof(T((1, 2))))
print(sys.getsizeof(L()), sys.getsizeof(L([1, 2, 3])), sys.getsizeof(D()), sys.getsizeof(D(a=1)))
print(sys.getsizeof(S()), sys.getsizeof(E()))
print(I(5).__sizeof__(), B(b"ab").__sizeof__(), T((1, 2)).__sizeof__())
class IS(int):
    __slots__ = ()
class TS(tuple):
    __slots__ = ()
print(sys.getsizeof(IS(3)), sys.getsizeof(TS((1, 2))))
