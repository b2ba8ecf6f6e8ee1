class A:
    """A docstring."""
    count = 0
    items = []
    def __init__(self, name):
        self.name = name
        A.count += 1
    def __repr__(self):
        return 'A(%s)' % self.name
a1, a2 = A('x'), A('y')
print(A.count, a1.count, A.__doc__, A.__name__, A.__module__)
a1.items.append(1)
print(a2.items)
a1.count = 100
print(a1.count, a2.count, A.count)
print(sorted(k for k in A.__dict__ if not k.startswith('__')))
print(sorted(a1.__dict__))
print(type(A.__init__).__name__, type(a1.__init__).__name__)
class B:
    x = 1
    y = x + 1
    z = [i * 2 for i in range(3)]
print(B.y, B.z)
class Outer:
    class Inner:
        class Deep:
            pass
print(Outer.Inner.Deep.__qualname__, Outer.Inner.__name__)
class Empty:
    pass
print(Empty.__doc__, Empty().__class__.__name__)
class HasSlots:
    __slots__ = ('a',)
h = HasSlots()
h.a = 1
try:
    h.b = 2
except AttributeError as e:
    print(e)
