# Tuples of constants are folded into one constant and merged with equal tuples.
a = (1, 2, 3)
b = (1, 2, 3)
print(a is b)
def f():
    return (1, 2, 3)
print(f() is a)
c = (1, 2, [3])
d = (1, 2, [3])
print(c is d)
x = 1
e = (x, 2, 3)
print(e is a, e == a)
print(() is tuple(), tuple([]) is ())
fl = 2.5
fl2 = 2.5
print(fl is fl2)
