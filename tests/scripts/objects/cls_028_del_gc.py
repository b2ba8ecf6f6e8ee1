# __del__ with reference cycles and gc.collect().
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print('del', self.name)


gc.collect()
a = Node('a')
b = Node('b')
a.other = b
b.other = a
del a, b
print('cycle dropped')
n = gc.collect()
print('collected', n >= 2)


class Plain:
    pass


p = Plain()
p.self = p
del p
print('plain cycle', gc.collect() >= 1)
x = Node('x')
x.other = x
x = None
gc.collect()
print('end')
