g = 0
def inc():
    global g
    g += 1
inc(); inc()
print(g)
def make():
    global made
    made = 'yes'
make()
print(made)
def outer():
    x = 1
    def a():
        nonlocal x
        x += 10
    def b():
        return x
    a()
    return b()
print(outer())
def deep():
    v = 'd'
    def l1():
        def l2():
            nonlocal v
            v = v + '!'
            return v
        return l2()
    return l1(), v
print(deep())
def shadow():
    g = 'local'
    return g
print(shadow(), g)
def reads_global():
    return g + 100
print(reads_global())
class K:
    g = 'class attr'
    def m(self):
        return g
print(K().m(), K.g)
def counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step
s1, s2 = counter(), counter()
print(s1(), s1(), s2())
