def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 2 ** 10)
t(lambda: 2 ** 100)
t(lambda: (-3) ** 33)
t(lambda: (-3) ** 34)
t(lambda: 0 ** 0)
t(lambda: 0 ** 5)
t(lambda: 1 ** 10**30)
t(lambda: (-1) ** (10**30 + 1))
t(lambda: 2 ** -1)
t(lambda: 2 ** -2)
t(lambda: (-2) ** -3)
t(lambda: 10 ** -400)
t(lambda: 0 ** -1)
t(lambda: (10**400) ** -1)
t(lambda: 7 ** 77)
t(lambda: (2**61 - 1) ** 3)
t(lambda: pow(5, 3))
t(lambda: pow(5, -1))
t(lambda: 3 ** 2 ** 3)
t(lambda: -2 ** 2)
x = 3
x **= 5
print(x)
print(len(str(3 ** 5000)), hash(3 ** 5000), hash(12 ** 3456))
