# Builtin class methods and static methods (classmethod_descriptor).
print(dict.fromkeys('ab'), dict.fromkeys([1, 2], 0))
print(type(dict.__dict__['fromkeys']).__name__, repr(dict.__dict__['fromkeys']))


class D(dict):
    pass


print(type(D.fromkeys('x')).__name__, D.fromkeys('x'))
print(int.from_bytes(b'\x01\x00', 'big'), str.maketrans('a', 'b') == {97: 98})
print(bytes.fromhex('ff00'), float.fromhex('0x1p1'))
fk = dict.__dict__['fromkeys']
print(fk.__get__(None, D)('q'))
try:
    fk.__get__(None, int)
except TypeError as e:
    print('TypeError', e)
print(type(str.__dict__['maketrans']).__name__)
print(object.__init_subclass__(), object.__subclasshook__())
