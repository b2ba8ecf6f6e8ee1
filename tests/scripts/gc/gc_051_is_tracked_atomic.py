# Atomic built-in objects are never tracked; containers and user objects are.
import gc
class UserClass:
    pass
class UserInt(int):
    pass
class UserClassSlots:
    __slots__ = ()
class UserFloatSlots(float):
    __slots__ = ()
class UserIntSlots(int):
    __slots__ = ()
cases = [
    ("None", None), ("1", 1), ("1.0", 1.0), ("True", True), ("False", False),
    ("b'a'", b"a"), ("'a'", "a"), ("type", type), ("int", int), ("object", object),
    ("object()", object()), ("gc module", gc), ("UserClass", UserClass),
    ("UserClass()", UserClass()), ("UserInt()", UserInt()), ("[]", []), ("set()", set()),
    ("frozenset()", frozenset()), ("UserClassSlots()", UserClassSlots()),
    ("UserFloatSlots()", UserFloatSlots()), ("UserIntSlots()", UserIntSlots()),
    ("range(3)", range(3)), ("slice(1)", slice(1)), ("len", len), ("lambda", lambda: 0),
    ("Ellipsis", ...), ("NotImplemented", NotImplemented), ("big int", 2 ** 100),
]
for name, obj in cases:
    print(name, gc.is_tracked(obj))
