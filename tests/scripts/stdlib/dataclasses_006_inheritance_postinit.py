# Dataclass inheritance, __post_init__, InitVar and ClassVar-like string annotations.
from dataclasses import dataclass, field, fields, InitVar


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 5


print(Derived(1), Derived(1, 2, 3), [f.name for f in fields(Derived)])


@dataclass
class Override(Base):
    x: int = 100


print(Override(), Override(7, 8), [f.name for f in fields(Override)])


@dataclass
class Scaled:
    a: int
    scale: InitVar[int] = 2
    doubled: int = field(init=False, default=0)

    def __post_init__(self, scale):
        self.a *= scale
        self.doubled = self.a * 2


print(Scaled(3), Scaled(3, 10), [f.name for f in fields(Scaled)])
print(InitVar[int])
try:
    Scaled(1).scale
except AttributeError as e:
    print(type(e).__name__)


@dataclass
class Post:
    items: list = field(default_factory=list)

    def __post_init__(self):
        print('post init with', self.items)
        self.size = len(self.items)


p = Post([1, 2])
print(p, p.size)


@dataclass
class Counted:
    n: int
    total: 'ClassVar[int]' = 0


print(Counted(1), [f.name for f in fields(Counted)], Counted.total)


class Plain:
    def hello(self):
        return 'hi from ' + type(self).__name__


@dataclass
class Mixed(Plain):
    v: int


print(Mixed(1).hello(), Mixed(2))
try:
    Derived()
except TypeError as e:
    print(type(e).__name__, e)
