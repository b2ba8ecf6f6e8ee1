# Hash rules (eq, frozen, unsafe_hash, explicit __hash__), eq=False, kw_only and KW_ONLY.
from dataclasses import dataclass, field, KW_ONLY


@dataclass(eq=False)
class NoEq:
    a: int


n = NoEq(1)
print(n == NoEq(1), n == n, NoEq.__hash__ is object.__hash__)


@dataclass
class EqOnly:
    a: int


print(EqOnly.__hash__)


@dataclass(unsafe_hash=True)
class Unsafe:
    a: int
    b: list = field(default_factory=list, hash=False)


print(hash(Unsafe(3)) == hash((3,)), hash(Unsafe(3, [1])) == hash(Unsafe(3)))


@dataclass
class Explicit:
    a: int

    def __hash__(self):
        return 42


print(hash(Explicit(1)))
try:
    @dataclass(unsafe_hash=True)
    class Both:
        a: int

        def __hash__(self):
            return 1
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(frozen=True)
class NoHashField:
    a: int
    b: int = field(compare=False)


print(hash(NoHashField(1, 2)) == hash((1,)))


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int


print(KW(1, c=2), KW(1, b=5, c=3), KW.__match_args__)
try:
    KW(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(kw_only=True)
class AllKw:
    x: int
    y: int = 2


print(AllKw(x=1), AllKw(y=0, x=9))
try:
    AllKw(1)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class PartKw:
    a: int = 0
    b: int = field(kw_only=True, default=1)
    c: int = 2


print(PartKw(5, 6), PartKw(b=9))
