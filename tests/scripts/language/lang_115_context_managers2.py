class Timer:
    def __init__(self):
        self.entered = 0
    def __enter__(self):
        self.entered += 1
        return self
    def __exit__(self, exc_type, exc, tb):
        print('exit', exc_type is None)
t = Timer()
with t as same:
    print(same is t)
with t:
    pass
print(t.entered)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        pass
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError, IndexError):
    [][1]
print('suppressed IndexError')
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print('not suppressed')
def gen_with():
    with Suppress(ValueError):
        yield 1
        raise ValueError
    yield 2
print(list(gen_with()))
class Reentrant:
    depth = 0
    def __enter__(self):
        Reentrant.depth += 1
        return Reentrant.depth
    def __exit__(self, *a):
        Reentrant.depth -= 1
r = Reentrant()
with r as a:
    with r as b:
        print(a, b)
print(Reentrant.depth)
