# Messages of common builtin errors raised by the runtime.
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)


show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: [][1])
show(lambda: {}['k'])
show(lambda: {}[('t', 1)])
show(lambda: undefined_name)
show(lambda: None.attr)
show(lambda: (1).attr)
show(lambda: 'a' + 1)
show(lambda: 1 + 'a')
show(lambda: len(5))
show(lambda: int('x'))
show(lambda: object().__foo__)
show(lambda: [1, 2].index(5))
show(lambda: iter(5))
show(lambda: next(iter([])))
show(lambda: None())
show(lambda: hash([]))
show(lambda: {[]: 1})


class C:
    pass


show(lambda: C().missing)
show(lambda: C.missing)
show(lambda: C()())
show(lambda: C() < C())
