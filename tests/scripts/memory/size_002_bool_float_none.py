# Fixed-size objects: bool is an int (28), float 24, None and the other singletons 16.
import sys
print(sys.getsizeof(True), sys.getsizeof(False))
print(sys.getsizeof(0.0), sys.getsizeof(1e300), sys.getsizeof(float("inf")), sys.getsizeof(-2.5))
print(sys.getsizeof(None), sys.getsizeof(...), sys.getsizeof(NotImplemented))
print(sys.getsizeof(object()))
x = 3.5
print(sys.getsizeof(x * 2), x.__sizeof__(), True.__sizeof__(), None.__sizeof__())
