# mutation during iteration
d = {i: i for i in range(5)}
try:
    for k in d:
        d[k + 100] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(5)}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(5)}
try:
    for k in d:
        del d[k]
        d[k + 10] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {i: i for i in range(5)}
for k in d:
    d[k] = k * 10
print(d)
d = {1: 1, 2: 2}
it = iter(d)
print(next(it))
d[3] = 3
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    next(it)
except RuntimeError as e:
    print('again', type(e).__name__, e)
except StopIteration:
    print('stop')
d = {1: 1, 2: 2}
for view in (d.keys(), d.values(), d.items()):
    it = iter(view)
    next(it)
    d.pop(2)
    try:
        next(it)
    except RuntimeError as e:
        print(type(e).__name__, e)
    d[2] = 2
it = reversed(d)
d[7] = 7
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
it = iter({1: 2})
print(list(it), list(it))
it = iter({1: 2, 3: 4})
print(it.__length_hint__(), next(it), it.__length_hint__(), next(it), it.__length_hint__())
