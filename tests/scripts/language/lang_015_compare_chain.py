calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls)
calls.clear()
print(v(1) == v(1) != v(2) is not None)
print(calls)
print(1 < 2 > 1, 1 <= 1 >= 1, 'a' < 'b' < 'c')
x = 5
print(0 < x < 10, 0 < x < 3)
if 0 < x <= 5:
    print('in range')
if not (1 < x < 4):
    print('not in range')
print([1, 2] == [1, 2], (1, 2) < (1, 3), [1] != [2])
print(None == None, None is None, 1 in (1, 2), 3 not in {1: 2})
try:
    print(1 < 'a')
except TypeError as e:
    print(e)
try:
    print([] < ())
except TypeError as e:
    print(e)
a = b = [1]
print(a is b, a is not b, [1] is [1])
print(min(3, 1, 2) < max(1, 2) <= 2)
