# Errors raised while a class with __slots__ is created.
def show(fn):
    try:
        fn()
        print("ok")
    except Exception as e:
        print(type(e).__name__ + ":", e)
def conflict():
    class X:
        __slots__ = ("x", "y")
        y = 1
show(conflict)
def bad_name():
    class X:
        __slots__ = ("not valid",)
show(bad_name)
def digit():
    class X:
        __slots__ = ("1a",)
show(digit)
def not_str():
    class X:
        __slots__ = (1, 2)
show(not_str)
def two_dicts():
    class X:
        __slots__ = ("__dict__", "__dict__")
show(two_dicts)
def two_weak():
    class X:
        __slots__ = ("__weakref__", "__weakref__")
show(two_weak)
class Plain:
    pass
def dict_again():
    class X(Plain):
        __slots__ = ("__dict__",)
show(dict_again)
def weak_again():
    class X(Plain):
        __slots__ = ("__weakref__",)
show(weak_again)
def int_slots():
    class X(int):
        __slots__ = ("a",)
show(int_slots)
def tuple_slots():
    class X(tuple):
        __slots__ = ("a",)
show(tuple_slots)
def bytes_weak():
    class X(bytes):
        __slots__ = ("__weakref__",)
show(bytes_weak)
def layout():
    class A:
        __slots__ = ("a",)
    class B:
        __slots__ = ("b",)
    class C(A, B):
        pass
show(layout)
def empty_ok():
    class A:
        __slots__ = ()
    class B:
        __slots__ = ("b",)
    class C(A, B):
        pass
show(empty_ok)
