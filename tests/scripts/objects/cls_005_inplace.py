# In-place operators: __iadd__ and friends, with fallback to the binary method.
class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, x):
        self.items.append(x)
        return self

    def __isub__(self, x):
        self.items.remove(x)
        return self

    def __imul__(self, k):
        self.items = self.items * k
        return self

    def __ior__(self, other):
        self.items.extend(other)
        return self


a = Acc()
b = a
a += 1
a += 2
a -= 1
print(a.items, a is b)
a *= 3
print(a.items)
a |= [7, 8]
print(a.items, a is b)


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return OnlyAdd(self.v + o)


x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)


class NoIAdd:
    def __iadd__(self, o):
        return NotImplemented

    def __add__(self, o):
        return 'fallback add'


n = NoIAdd()
n += 1
print(n)
z = 10
try:
    q = NoIAdd()
    q -= 1
except TypeError as e:
    print('TypeError', e)


class Ret:
    def __iadd__(self, o):
        return 42


r = Ret()
r += 0
print(r)
l = [1]
l2 = l
l += [2]
print(l, l2 is l)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
