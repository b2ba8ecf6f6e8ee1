def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(any([]), all([]), any([0, 0]), any([0, 1]), all([1, 1]), all([1, 0]))
print(any('abc'), all(''), any([None, '', [], ()]), all([[0], (0,), 'x']))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)))
seen = []
def g():
    for i in range(10):
        seen.append(i)
        yield i
print(any(v == 3 for v in g()), seen)
seen.clear()
print(all(v < 2 for v in g()), seen)
class B:
    def __bool__(self):
        raise ValueError('no bool')
t(lambda: any([B()]))
t(lambda: all([B()]))
t(lambda: any(1))
t(lambda: all(None))
t(lambda: any())
t(lambda: any([], []))
