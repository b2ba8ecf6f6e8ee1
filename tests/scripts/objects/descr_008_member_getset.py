# member_descriptor and getset_descriptor behaviour on classes and builtins.
class S:
    __slots__ = ('a', 'b')


s = S()
md = S.__dict__['a']
print(type(md).__name__, md.__name__, md.__qualname__, md.__objclass__ is S)
md.__set__(s, 10)
print(s.a, md.__get__(s, S), md.__get__(None, S) is md)
md.__delete__(s)
print(hasattr(s, 'a'))
try:
    md.__get__(5, int)
except TypeError as e:
    print('TypeError', e)
try:
    md.__set__(5, 1)
except TypeError as e:
    print('TypeError', e)


class P:
    pass


gd = P.__dict__['__dict__']
print(type(gd).__name__, repr(gd), gd.__name__, gd.__objclass__ is P)
p = P()
p.x = 1
print(gd.__get__(p, P))
wd = P.__dict__['__weakref__']
print(type(wd).__name__, repr(wd), wd.__get__(p, P))
print(repr(type.__dict__['__name__']), repr(type.__dict__['__mro__']))
try:
    type.__dict__['__mro__'].__set__(P, ())
except AttributeError as e:
    print('AttributeError', e)
e = StopIteration(1)
StopIteration.value.__set__(e, 2)
print(e.value, repr(StopIteration.value))
ex = Exception()
print(BaseException.__dict__['__suppress_context__'].__get__(ex, Exception))
