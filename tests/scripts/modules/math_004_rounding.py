# floor, ceil, trunc on floats, ints and objects with special methods
import math
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.9), math.trunc(2.9))
print(math.floor(7), math.ceil(-7), math.trunc(10 ** 30), math.floor(True), type(math.floor(True)).__name__)
print(math.floor(1e300) == 10 ** 300, math.ceil(-0.5), math.floor(-0.0), math.ceil(5e-324))
class A:
    def __floor__(self):
        return 'floor!'
    def __ceil__(self):
        return 'ceil!'
    def __trunc__(self):
        return 'trunc!'
class B:
    def __float__(self):
        return 2.5
print(math.floor(A()), math.ceil(A()), math.trunc(A()), math.floor(B()), math.ceil(B()))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: math.floor('a'))
t(lambda: math.ceil(None))
t(lambda: math.trunc('a'))
t(lambda: math.trunc(B()))
t(lambda: math.floor(math.inf))
t(lambda: math.ceil(math.nan))
t(lambda: math.trunc(-math.inf))
