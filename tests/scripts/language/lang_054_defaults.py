counter = 0
def make_default():
    global counter
    counter += 1
    return counter
def f(a=make_default()):
    return a
print(f(), f(), counter)
def append(x, lst=[]):
    lst.append(x)
    return lst
print(append(1), append(2), append(3, []))
def kw(*, opt=make_default()):
    return opt
print(kw(), counter)
def none_default(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(none_default(), none_default())
print(f.__defaults__, kw.__kwdefaults__)
def many(a, b=1, c=2, d=3):
    return a, b, c, d
print(many(0), many(0, d=9), many(0, 5, d=7))
x = 5
def captured(v=x):
    return v
x = 6
print(captured())
