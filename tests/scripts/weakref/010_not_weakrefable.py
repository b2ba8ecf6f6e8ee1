# Which objects cannot be weakly referenced.
import weakref

class S:
    __slots__ = ("a",)

class T(tuple):
    pass

class I(int):
    pass

for o in [1, 1.5, "s", b"b", (1,), [1], {1: 2}, None, True, S(), T(), I(5),
          range(2), object(), slice(1), Exception()]:
    try:
        weakref.ref(o)
        print(type(o).__name__, "ok")
    except TypeError as e:
        print("TypeError:", e)
    try:
        weakref.proxy(o)
    except TypeError as e:
        print("  proxy TypeError:", e)
print(weakref.getweakrefcount(1), weakref.getweakrefs([]))
