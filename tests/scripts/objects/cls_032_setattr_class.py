# Adding and removing special methods on classes with existing instances and subclasses.
class A:
    pass


class B(A):
    pass


a, b = A(), B()
A.__iter__ = lambda self: iter([1, 2])
print(list(a), list(b))
A.__contains__ = lambda self, x: x == 'yes'
print('yes' in a, 'no' in b)
A.__bool__ = lambda self: False
print(bool(a), bool(b))
del A.__bool__
print(bool(a))
A.__call__ = lambda self, *args: args
print(a(1, 2), b(3))
B.__call__ = lambda self: 'B call'
print(b(), a(0))
A.__getattr__ = lambda self, n: 'dyn ' + n
print(a.q, b.r)
del A.__getattr__
try:
    a.q
except AttributeError as e:
    print('AttributeError', e)
A.__hash__ = lambda self: 12
print(hash(a), hash(b))
A.__str__ = lambda self: 'A str'
print(str(a), str(b), '%s' % b)
A.__neg__ = lambda self: 'neg'
print(-a, -b)
A.__init__ = lambda self, v=0: setattr(self, 'v', v)
print(A(5).v, B(6).v)
