# Generator objects embed their frame, so their size follows the code's locals and stack.
import sys
def gen():
    yield 1
def gen2(a, b, c):
    x = a + b
    for i in range(c):
        yield i + x
g = gen()
print(sys.getsizeof(g))
next(g)
print(sys.getsizeof(g))
print(sys.getsizeof(gen2(1, 2, 3)))
print(sys.getsizeof(i for i in range(3)))
print(sys.getsizeof(x * 2 for x in "abc" if x))
