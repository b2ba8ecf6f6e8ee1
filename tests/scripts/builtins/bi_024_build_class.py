class A:
    x = 1
    def f(self):
        return 'f'
print(A.x, A().f(), A.__name__, A.__qualname__)
def body():
    y = 2
B = __build_class__(body, 'B')
print(B.__name__, type(B).__name__)
C = __build_class__(lambda: None, 'C', A)
print(C.__bases__ == (A,), C().f())
try:
    __build_class__()
except TypeError as e:
    print('TypeError', e)
try:
    __build_class__(1, 'X')
except TypeError as e:
    print('TypeError', e)
