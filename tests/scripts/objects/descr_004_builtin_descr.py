# Builtin descriptors: method_descriptor, wrapper_descriptor, member/getset descriptors.
print(repr(list.append), type(list.append).__name__)
print(repr(int.__add__), type(int.__add__).__name__)
print(type((1).__add__).__name__, (1).__add__(2), int.__add__(3, 4))
print(list.append.__name__, list.append.__qualname__, list.append.__objclass__)
l = []
list.append(l, 1)
print(l)
try:
    list.append(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    list.append()
except TypeError as e:
    print('TypeError', e)
try:
    [].append(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    [].clear(1)
except TypeError as e:
    print('TypeError', e)
try:
    len(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    len(x=2)
except TypeError as e:
    print('TypeError', e)
print(repr(len), type(len).__name__, len.__name__, len.__qualname__, len.__module__)
m = [1, 2].append
print(type(m).__name__, m.__name__, m.__qualname__, m.__self__)
print(type(dict.__dict__['fromkeys']).__name__)
print(repr(type.__dict__['__dict__']), type(type.__dict__['__name__']).__name__)
print(repr(ValueError.__dict__['__init__']) if '__init__' in ValueError.__dict__ else 'x')
print(repr(BaseException.__dict__['args']))
print(repr(StopIteration.value), type(StopIteration.value).__name__)
print(int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__)
print(str.__len__('abcd'), str.__getitem__('abc', 1), str.__contains__('abc', 'b'))
print(int.__hash__(5), object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 2))
print((3).__lt__(4), (3).__radd__(4), (5).__sub__(2), (5).__rsub__(2))
print(list.__len__([1, 2]), [].__len__.__name__)
try:
    int.__add__('a', 1)
except TypeError as e:
    print('TypeError', e)
try:
    (1).__add__()
except TypeError as e:
    print('TypeError', e)
print(object.__dict__['__class__'], type(object.__init__).__name__)
print(type(object.__new__).__name__, object.__new__.__self__)
print(list.__dict__['__hash__'], dict.__hash__, hash is not None)
