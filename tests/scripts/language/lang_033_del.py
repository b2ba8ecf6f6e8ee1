x = 1
del x
try:
    print(x)
except NameError as e:
    print(e)
a, b = 1, 2
del a, b
print('a' in dir(), 'b' in dir())
l = [0, 1, 2, 3, 4, 5]
del l[0], l[-1]
print(l)
del l[1:3]
print(l)
d = {'x': 1, 'y': 2}
del d['x']
print(d)
try:
    del d['nope']
except KeyError as e:
    print('KeyError', e)
class C:
    attr = 1
c = C()
c.inst = 2
del c.inst
del C.attr
print(hasattr(c, 'inst'), hasattr(C, 'attr'))
def local_del():
    v = 5
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(local_del())
def del_twice():
    q = 1
    del q
    try:
        del q
    except UnboundLocalError as e:
        print(e)
del_twice()
try:
    del undefined_thing
except NameError as e:
    print(e)
def del_global():
    global gv
    gv = 1
    del gv
del_global()
print('gv' in globals())
