# @dataclass(frozen=True) and order=True: immutability, hashing, comparisons.
from dataclasses import dataclass, FrozenInstanceError
import dataclasses


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = ''


v = Version(1)
print(v, Version(1) < Version(2), Version(1, 2) <= Version(1, 2), Version(2) > Version(1, 9))
print(sorted([Version(3), Version(1, 5), Version(1), Version(1, 5, 'a')]))
print(hash(v) == hash((1, 0, '')), {Version(1): 'one'}[Version(1)])
try:
    v.major = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    v.new_attr = 1
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del v.minor
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    Version(1) < (1, 0)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(order=True)
class Other:
    major: int


try:
    Version(1) < Other(1)
except TypeError as e:
    print(type(e).__name__, e)
print(Version(1) == Other(1))
try:
    @dataclass(order=True)
    class Clash:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass(order=True, eq=False)
    class NoEq:
        a: int
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass(frozen=True)
    class HasSetattr:
        a: int

        def __setattr__(self, name, value):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Thawed(Version):
        extra: int = 0
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Mutable:
    a: int


try:
    @dataclass(frozen=True)
    class Frozen(Mutable):
        b: int = 0
except TypeError as e:
    print(type(e).__name__, e)
