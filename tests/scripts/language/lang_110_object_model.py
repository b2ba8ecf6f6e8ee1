class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, hasattr(p, '__dict__'))
class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt
def build(vals):
    head = None
    for v in reversed(vals):
        head = Node(v, head)
    return head
def walk(n):
    while n:
        yield n.val
        n = n.next
print(list(walk(build([1, 2, 3]))))
print(type(p).__name__, type(type(p)).__name__, isinstance(Point, type))
print(object.__name__, type(object()).__name__, Point.__bases__[0].__name__)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(e)
class Empty:
    pass
e = Empty()
e.dynamic = 'ok'
print(e.dynamic, e.__dict__)
