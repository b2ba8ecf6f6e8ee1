# CPython 3.11 calls classes, str, int, bytes and zip without a vectorcall: the arguments are
# packed in a tuple (keywords in a dict, copied again for a Python __new__/__init__), and the
# dunder methods they run see those references. float, list, tuple, set, dict, range, bool,
# enumerate and reversed take the arguments as they are.
import sys

class A:
    def __str__(self):
        print('  __str__', sys.getrefcount(self)); return 'a'
    def __int__(self):
        print('  __int__', sys.getrefcount(self)); return 1
    def __index__(self):
        print('  __index__', sys.getrefcount(self)); return 1
    def __float__(self):
        print('  __float__', sys.getrefcount(self)); return 1.0
    def __bytes__(self):
        print('  __bytes__', sys.getrefcount(self)); return b'a'
    def __iter__(self):
        print('  __iter__', sys.getrefcount(self)); return iter([])
    def __bool__(self):
        print('  __bool__', sys.getrefcount(self)); return True
    def __reversed__(self):
        print('  __reversed__', sys.getrefcount(self)); return iter([])

a = A()
for name, f in [('str', str), ('int', int), ('bytes', bytes), ('zip', zip), ('float', float),
                ('list', list), ('tuple', tuple), ('set', set), ('frozenset', frozenset),
                ('range', range), ('bool', bool), ('enumerate', enumerate),
                ('reversed', reversed), ('iter', iter), ('sorted', sorted)]:
    print(name)
    f(a)
print('zip(a, a)')
zip(a, a)

def rc(o):
    return '-' if o is None else sys.getrefcount(o) - 1

class N:
    def __new__(cls, x=None, y=None):
        print('  __new__', rc(x), rc(y))
        return object.__new__(cls)
    def __init__(self, x=None, y=None):
        print('  __init__', rc(self), rc(x), rc(y))
x = [1]
y = [2]
print('N(x)')
N(x)
print('N(y=y)')
N(y=y)
print('N(x, y=x)')
N(x, y=x)
class Sub(list):
    def __init__(self, arg):
        print('  Sub.__init__', sys.getrefcount(arg))
        super().__init__(arg)
print('Sub(x)')
print(Sub(x), sys.getrefcount(x))
