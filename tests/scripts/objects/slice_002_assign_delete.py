def show(a, s, v):
    a = list(a)
    try:
        a[s] = v
        print(a)
    except Exception as e:
        print(type(e).__name__, e)
base = range(8)
show(base, slice(2, 4), 'XYZ')
show(base, slice(2, 4), [])
show(base, slice(None, None, 3), 'ABC')
show(base, slice(None, None, -3), 'ABC')
show(base, slice(1, 7, 2), 'AB')
show(base, slice(7, 1, -2), (0, 0, 0))
show(base, slice(-2, None), iter('pq'))
show(base, slice(100, 200), [9])
show(base, slice(-100, -50), [9])
show(base, slice(3, 3), (x for x in 'ab'))
show(base, slice(None, None, 2), None)
show(base, slice(0, 2), 7)
show(base, slice(0, 8, 9), ['only'])
def dele(a, s):
    a = list(a)
    del a[s]
    print(a)
dele(base, slice(1, 3))
dele(base, slice(None, None, 2))
dele(base, slice(None, None, -2))
dele(base, slice(6, 1, -3))
dele(base, slice(100, None))
dele(base, slice(None, None, 100))
dele(base, slice(-3, None))
