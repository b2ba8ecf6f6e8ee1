import sys
d = dir(sys)
print(d == sorted(d), 'path' in d, 'argv' in d)
print([n for n in dir(list) if not n.startswith('_')])
print([n for n in dir(tuple) if not n.startswith('_')])
print([n for n in dir(range) if not n.startswith('_')])
print([n for n in dir(slice) if not n.startswith('_')])
class A:
    x = 1
class B(A):
    y = 2
b = B()
b.z = 3
print([n for n in dir(b) if not n.startswith('_')], [n for n in dir(B) if not n.startswith('_')])
print(dir() == sorted(dir()), 'sys' in dir(), 'A' in dir())
