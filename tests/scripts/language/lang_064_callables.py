class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, scale=1):
        return (x + self.n) * scale
add5 = Adder(5)
print(add5(1), add5(1, scale=3), callable(add5), callable(5))
class Deco:
    def __init__(self, f):
        self.f = f
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.f(*a)
@Deco
def sq(x):
    return x * x
print(sq(3), sq(4), sq.calls)
try:
    5()
except TypeError as e:
    print(e)
try:
    'str'()
except TypeError as e:
    print(e)
class NoCall:
    pass
try:
    NoCall()()
except TypeError as e:
    print(e)
print(type(print).__name__, type(len).__name__, type([].append).__name__)
f = [].append
print(f(1))
m = 'abc'.upper
print(m())
