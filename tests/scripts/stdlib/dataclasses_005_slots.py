# @dataclass(slots=True): the class is re-created with __slots__.
from dataclasses import dataclass, fields, FrozenInstanceError


@dataclass(slots=True)
class S:
    a: int
    b: float = 0.0


s = S(1)
print(s, S.__slots__, hasattr(s, '__dict__'), S(1) == S(1, 0.0))
s.b = 2.5
print(s, [f.name for f in fields(S)], S.__qualname__, S.__init__.__qualname__)
try:
    s.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(type(S.__dict__['a']).__name__, 'b' in S.__dict__)


@dataclass(frozen=True, slots=True)
class FS:
    a: int


fs = FS(1)
try:
    fs.a = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(fs, hash(fs) == hash((1,)))
try:
    @dataclass(slots=True)
    class Already:
        __slots__ = ('x',)
        x: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass(weakref_slot=True)
    class Weak:
        x: int
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(slots=True)
class Base:
    x: int


@dataclass(slots=True)
class Child(Base):
    y: int = 0


c = Child(1, 2)
print(c, Child.__slots__, hasattr(c, '__dict__'))


@dataclass(slots=True, weakref_slot=True)
class WS:
    v: int


print(WS.__slots__, WS(4))
