def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: [].pop())
t(lambda: [1].pop(5))
t(lambda: [1].pop(-2))
t(lambda: [1, 2].remove(3))
t(lambda: [1, 2].index(3))
t(lambda: [1, 2].index('a'))
t(lambda: [1, 2, 3].index(1, 1))
t(lambda: [1, 2, 3].index(3, 0, 2))
t(lambda: [1][1])
t(lambda: [1][-2])
S = 'a'
F = 1.0
t(lambda: [1][S])
t(lambda: [1][F])
t(lambda: [1][2**100])
t(lambda: [1] + (2,))
t(lambda: [1] + None)
t(lambda: [1] * 'a')
t(lambda: [1] * 1.5)
t(lambda: list(1))
t(lambda: list(1, 2))
t(lambda: list(x=1))
t(lambda: [].sort(1))
t(lambda: [].sort(foo=1))
t(lambda: [3, 'a'].sort())
t(lambda: [1, 2] < [1, 'a'])
t(lambda: [].insert(1))
t(lambda: [].pop(1, 2))
t(lambda: [].index())
t(lambda: [].append())
t(lambda: [].extend(5))
t(lambda: hash([]))
t(lambda: [1, 2].index(1, 'a'))
def setitem(i, v):
    a = [1, 2, 3]
    a[i] = v
    return a
t(lambda: setitem(3, 0))
t(lambda: setitem(-4, 0))
t(lambda: setitem('x', 0))
t(lambda: setitem(slice(None, None, 2), [1]))
t(lambda: setitem(slice(0, 1), 5))
t(lambda: setitem(slice(None, None, -1), 'abc'))
t(lambda: setitem(slice(0, 3, 0), []))
def delitem(i):
    a = [1, 2, 3]
    del a[i]
    return a
t(lambda: delitem(3))
t(lambda: delitem('a'))
t(lambda: delitem(-1))
