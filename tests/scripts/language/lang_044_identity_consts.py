a = 10000
b = 10000
print(a is b)
def f():
    return 10000
print(f() is a)
t1 = (1, 2, 3)
t2 = (1, 2, 3)
print(t1 is t2)
s1 = 'hello_world'
s2 = 'hello_world'
print(s1 is s2)
s3 = 'hello world!'
s4 = 'hello world!'
print(s3 is s4)
x = 1.0
y = 1
z = True
print(x is y, y is z, x == y == z)
print(-5 is -5, 256 is 256)
def g():
    return 'hello_world'
print(g() is s1)
big1 = 2 ** 100
big2 = 2 ** 100
print(big1 is big2, big1 == big2)
print((lambda: 10000)() is a)
n1 = -0.0
n2 = 0.0
print(n1 is n2, n1 == n2)
def h():
    return (1, 2, 3)
print(h() is t1)
long1 = 'x' * 5000
long2 = 'x' * 5000
print(long1 is long2, long1 == long2)
