# KeyError and TypeError messages
d = {'a': 1}
for key in ['b', 5, (1, 2), None, 2.5, '']:
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    del d['zz']
except KeyError as e:
    print('del', type(e).__name__, e)
for bad in [[1], {}, {1}, [[]]]:
    try:
        d[bad] = 1
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        d[bad]
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        bad in d
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.pop('x')
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.pop()
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.get()
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.get(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.setdefault()
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash({})
except TypeError as e:
    print(type(e).__name__, e)
try:
    {} < {}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1: 2} + {3: 4}
except TypeError as e:
    print(type(e).__name__, e)
try:
    d = {(): 1}
    d[(1, [2])] = 3
except TypeError as e:
    print(type(e).__name__, e)
