# '__weakref__' in __slots__ adds the weak reference list pointer (8 bytes).
import sys
class W:
    __slots__ = ("a", "__weakref__")
class NoW:
    __slots__ = ("a",)
class DW:
    __slots__ = ("__dict__", "__weakref__")
print(sys.getsizeof(W()), sys.getsizeof(NoW()), sys.getsizeof(DW()))
print(hasattr(W, "__weakref__"), hasattr(NoW, "__weakref__"), W().__weakref__)
print(type(W.__dict__["__weakref__"]).__name__)
print(W.__weakrefoffset__ > 0, NoW.__weakrefoffset__)
