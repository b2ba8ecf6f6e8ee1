# Every block a class statement leaves traced, by size, as CPython 3.11 allocates them: the
# class object, its dict (a copy of the namespace), the copy that __set_name__ iterates over
# (its table kept on the dict-keys free list), the __dict__/__weakref__ descriptors, the
# shared keys for instances, the entry in the base's subclass table.
import tracemalloc

tracemalloc.start()


class Plain:
    pass


class Methods(Plain):
    x = 1

    def f(self):
        return 1


class Slotted:
    __slots__ = ("a", "b")


class Mixed(Methods, Slotted):
    pass


class WithDictSlot:
    __slots__ = ("__dict__", "x")


class WeakOnly:
    __slots__ = ("__weakref__",)


class Base:
    def __init_subclass__(cls, **kw):
        cls.tag = 1


class Sub(Base):
    pass


class Many:
    a = 1; b = 2; c = 3; d = 4; e = 5; f = 6; g = 7; h = 8; i = 9; j = 10; k = 11


class Number(int):
    pass


class Oops(Exception):
    pass


snap = tracemalloc.take_snapshot()
tracemalloc.stop()
lines = {}
for t in snap.traces:
    frame = t.traceback[0]
    if frame.filename == __file__:
        lines.setdefault(frame.lineno, []).append(t.size)
for lineno in sorted(lines):
    print(lineno, sum(lines[lineno]), sorted(lines[lineno]))
