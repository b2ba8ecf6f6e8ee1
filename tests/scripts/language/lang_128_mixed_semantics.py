def f():
    x = 1
    def g():
        nonlocal x
        del x
    g()
    try:
        return x
    except NameError as e:
        return str(e)
print(f())
def h(*rest):
    return 1, *rest
print(h(2, 3))
def gy():
    yield 1, *[2, 3]
print(next(gy()))
print(1 in [1] in [[1]], 1 < 2 in [True])
def outer():
    v = 'first'
    class K:
        a = v
        def get(self):
            return v
    v = 'second'
    return K.a, K().get()
print(outer())
class D:
    attr = 5
    def m(self, x=attr):
        return x
print(D().m())
def kw_and_star(a, *b, c=3, **d):
    return a, b, c, d
print(kw_and_star(1, 2, c=4, e=5))
x = [1, 2, 3]
x[1:2] = (y for y in 'ab')
print(x)
def ret_in_loop_with_else():
    for i in range(3):
        pass
    else:
        return 'else-return'
print(ret_in_loop_with_else())
def nested_try():
    try:
        try:
            raise ValueError('a')
        except ValueError:
            raise TypeError('b')
    except TypeError as e:
        return repr(e.__context__)
print(nested_try())
try:
    raise ValueError('x') from KeyError('y')
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
def exc_in_else():
    try:
        pass
    except Exception:
        return 'except'
    else:
        try:
            raise KeyError
        except KeyError:
            return 'else-caught'
print(exc_in_else())
a = 5
def shadow_param(a=a):
    a += 1
    return a
print(shadow_param(), a)
print([lambda: k for k in range(2)][0](), (lambda *a: a)(*'xy'))
print({**dict(a=1), 'b': 2, **{'c': 3}})
print((lambda: (yield from [1, 2]))().__next__())
class WithCall:
    def __call__(self):
        return 'called'
print(WithCall()())
print(type(lambda: 0).__name__, (lambda: 0).__code__.co_name)
s = 0
for i, j in zip(range(3), range(3, 6)):
    s += i * j
print(s)
def many_returns(n):
    return [n, n*2] if n else None
print(many_returns(0), many_returns(2))
print([*range(3)] + [*'ab'], (*'cd',))
