# dataclasses.field: default, default_factory, repr, compare, init, hash; mutable defaults.
from dataclasses import dataclass, field


@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False, compare=False)
    hidden: int = field(default=7, init=False)
    tags: dict = field(default_factory=dict, repr=False)
    made: list = field(default_factory=lambda: [1, 2], init=False)


i = Inventory('a')
i.items.append(1)
print(i, i.count, i.hidden, i.tags, i.made)
print(Inventory('a') == Inventory('a', [], 5), Inventory('a') == Inventory('b'))
print(Inventory('b').items is not Inventory('b').items)
print(Inventory('c', [9], count=3), Inventory('c', items=[8]).items)
print('items' in Inventory.__dict__, Inventory.count, Inventory.hidden)
try:
    Inventory('x', [], 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Inventory('x', hidden=1)
except TypeError as e:
    print(type(e).__name__, e)
for bad_default in ([], {}, set()):
    try:
        @dataclass
        class Bad:
            items: object = bad_default
    except ValueError as e:
        print(type(e).__name__, e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class NoAnn:
        a: int
        b = field(default=1)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Tup:
    t: tuple = (1, 2)
    f: frozenset = frozenset()


print(Tup(), Tup.__doc__)
