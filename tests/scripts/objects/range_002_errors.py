def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: range())
t(lambda: range(1, 2, 3, 4))
t(lambda: range(1.0))
t(lambda: range('a', 5))
t(lambda: range(1, 2, 0))
t(lambda: range(1, x=2))
t(lambda: range(5)[5])
t(lambda: range(5)[-6])
t(lambda: range(5)['a'])
t(lambda: range(5)[::0])
t(lambda: len(range(2**100)))
t(lambda: range(3).index(3))
t(lambda: range(3).index('a'))
t(lambda: range(3) + range(2))
t(lambda: range(3) < range(4))
t(lambda: range(3).count())
t(lambda: range(0, 10, 2).index(3))
def setit():
    r = range(3)
    r[0] = 1
t(setit)
t(lambda: range(2**100)[2**100])
t(lambda: range(5)[1.5])
