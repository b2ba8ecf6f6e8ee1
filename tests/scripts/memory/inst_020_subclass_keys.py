# Each class has its own shared keys.
import sys
class A:
    def __init__(self):
        self.a = 1
class B(A):
    def __init__(self):
        super().__init__()
        self.b = 2
a = A()
b = B()
print(vars(a), vars(b))
print(sys.getsizeof(a.__dict__), sys.getsizeof(b.__dict__))
print(sys.getsizeof(A), sys.getsizeof(B))
