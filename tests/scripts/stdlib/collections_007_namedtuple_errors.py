# namedtuple errors: bad names, duplicates, arity, read-only fields.
from collections import namedtuple

bad_specs = [
    ('1abc', 'x'),
    ('Ok', 'x 2y'),
    ('class', 'x'),
    ('Ok', 'x def'),
    ('Ok', 'x _y'),
    ('Ok', 'x y x'),
    ('Ok', 'a-b'),
    ('', 'x'),
]
for typename, fields in bad_specs:
    try:
        namedtuple(typename, fields)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    namedtuple('P', 'a', defaults=(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
P = namedtuple('P', 'a b')
try:
    P(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    P(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    P(1, 2, c=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    P(1, a=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    P._make([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    P._make([1, 2, 3])
except TypeError as e:
    print(type(e).__name__, e)
p = P(1, 2)
try:
    p._replace(c=1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    p.a = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p[2]
except IndexError as e:
    print(type(e).__name__, e)
