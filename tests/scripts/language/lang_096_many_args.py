def many(a, b, c, d, e, f, g, h, i, j):
    return a + b + c + d + e + f + g + h + i + j
print(many(*range(10)))
print(many(0, 1, 2, 3, 4, 5, 6, 7, 8, j=9))
def var(*a):
    return len(a)
print(var(*range(300)))
big = {'k%d' % i: i for i in range(50)}
def kw(**k):
    return sum(k.values())
print(kw(**big))
try:
    many(1, 2, 3)
except TypeError as e:
    print(e)
try:
    many(*range(11))
except TypeError as e:
    print(e)
def defaults(a=1, b=2, c=3, d=4, e=5):
    return [a, b, c, d, e]
print(defaults(), defaults(9), defaults(e=0, a=7))
