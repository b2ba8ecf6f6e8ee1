# More object kinds: tracebacks, frames, exhausted generators, exception subclasses,
# reverse dict iterators, classmethods seen through the class, big ints.
import sys
g = sys.getsizeof
def show(name, v):
    print(name, type(v).__name__, g(v))
try:
    1 / 0
except ZeroDivisionError as e:
    show("traceback", e.__traceback__)
    show("exception", e)
show("str_iterator", iter("\u20ac"))
show("callable_iterator", iter(lambda: 1, 2))
show("iterator", iter(type("Q", (), {"__getitem__": lambda s, i: i})()))
show("reversed dict", reversed({}))
show("reversed values", reversed({}.values()))
show("reversed items", reversed({}.items()))
def gen():
    yield 1
    yield 2
x = gen()
list(x)
show("exhausted", x)
def big(a, b, c, d, e, f, g, h):
    i = j = k = 1
    yield a + i + j + k
show("many locals", big(1, 2, 3, 4, 5, 6, 7, 8))
class C:
    @classmethod
    def cm(cls):
        pass
show("classmethod bound", C.cm)
show("from_bytes", int.from_bytes)
for exc in (StopIteration(), KeyboardInterrupt(), OSError(2, "x"), SyntaxError("x"),
            UnicodeDecodeError("utf-8", b"x", 0, 1, "r"), SystemExit(3), KeyError("k")):
    show("exc", exc)
show("enumerate", enumerate("abc", 5))
show("zip3", zip([1], [2], [3]))
show("map3", map(max, [1], [2], [3]))
show("2**1000", 2 ** 1000)
show("-2**30", -2 ** 30)
show("slice", slice(2 ** 100))
show("range", range(-10, 10, 3))
show("nan", float("nan"))
