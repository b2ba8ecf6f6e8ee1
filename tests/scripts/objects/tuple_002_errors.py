def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: (1,)[1])
t(lambda: (1,)[-2])
S = 'a'
t(lambda: (1,)[S])
t(lambda: (1,)[2**80])
t(lambda: (1, 2) + [3])
t(lambda: (1,) + 'a')
t(lambda: (1,) * 'a')
t(lambda: (1,) * 2.0)
t(lambda: (1, 2).index(3))
t(lambda: (1, 2).index(1, 1))
t(lambda: (1, 2).index())
t(lambda: tuple(1))
t(lambda: tuple(1, 2))
t(lambda: tuple(x=1))
t(lambda: hash(([],)))
t(lambda: hash((1, {})))
t(lambda: (1, 2) < (1, 'a'))
t(lambda: (1,) < ('a',))
t(lambda: (1, 2)[::0])
t(lambda: (1, 2)['a':])
def assign():
    x = (1, 2)
    x[0] = 5
t(assign)
def delete():
    x = (1, 2)
    del x[0]
t(delete)
t(lambda: (1, 2).append(3))
t(lambda: (1, 2, 3).index(3, 0, 2))
t(lambda: (1, 2, 3).index(3, -1))
t(lambda: (1, 2).count())
