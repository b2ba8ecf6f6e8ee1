# A 200000-deep chain of lists, tuples and instances freed by reference counting without
# deep C recursion.
class Node:
    __slots__ = ("next",)
x = []
for i in range(200000):
    x = [x]
del x
print("lists freed")
t = ()
for i in range(200000):
    t = (t,)
del t
print("tuples freed")
n = None
for i in range(200000):
    m = Node()
    m.next = n
    n = m
del n, m
print("instances freed")
d = {}
for i in range(100000):
    d = {"d": d}
del d
print("dicts freed")
