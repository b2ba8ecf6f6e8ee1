# Descriptor objects: property 80, staticmethod/classmethod 48, slot wrappers 72,
# method-wrappers 48, getset and member descriptors 64, mappingproxy 40, super 56.
import sys
class C:
    __slots__ = ("x",)
    @property
    def p(self):
        return 1
print(sys.getsizeof(C.__dict__["p"]), sys.getsizeof(property()))
print(sys.getsizeof(staticmethod(len)), sys.getsizeof(classmethod(len)))
print(type(object.__init__).__name__, sys.getsizeof(object.__init__))
print(type(C().__init__).__name__, sys.getsizeof(C().__init__))
print(type(C.x).__name__, sys.getsizeof(C.x))
print(type(type.__dict__["__name__"]).__name__, sys.getsizeof(type.__dict__["__name__"]))
print(type(C.__dict__).__name__, sys.getsizeof(C.__dict__))
class D(C):
    __slots__ = ()
    def m(self):
        return super()
print(sys.getsizeof(D().m()))
