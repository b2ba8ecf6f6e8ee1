# remove, discard, pop, clear and their errors
s = {1, 2, 3, 4, 5}
s.remove(3)
s.discard(4)
s.discard(100)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    s.remove((1, 2))
except KeyError as e:
    print(type(e).__name__, e, e.args)
print(s.pop(), s.pop(), s)
s.clear()
print(s, len(s))
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    s.remove([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.add([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.discard({})
except TypeError as e:
    print(type(e).__name__, e)
s = set(range(20))
out = []
while s:
    out.append(s.pop())
print(out)
s = {'x', 'y', 'z'}
print(sorted([s.pop(), s.pop(), s.pop()]))
s = set(range(10))
for i in range(0, 10, 2):
    s.remove(i)
print(s)
s.add(4)
s.add(100)
print(s)
s = {frozenset({1})}
s.remove({1})
print(s)
s.add(frozenset({2}))
s.discard({2})
print(s, {1} in {frozenset({1})}, set() in {frozenset()})
