# __new__, __init_subclass__ and __class_getitem__ written as plain functions are wrapped by
# the class statement in a bare staticmethod/classmethod: unlike the decorators, the wrapper
# copies none of the function's attributes.
class A:
    def __init_subclass__(cls):
        "subclass hook"

    def __new__(cls):
        "new doc"
        return object.__new__(cls)

    def __class_getitem__(cls, k):
        return k

    @classmethod
    def explicit(cls):
        "explicit doc"


for name in ("__init_subclass__", "__new__", "__class_getitem__", "explicit"):
    w = A.__dict__[name]
    print(name, type(w).__name__, sorted(w.__dict__))
    print("  doc is the wrapper type's:", w.__doc__ == type(w).__doc__)
    print("  name:", getattr(w, "__name__", "(none)"), w.__wrapped__ is w.__func__)
print(A[int], type(A()).__name__)
