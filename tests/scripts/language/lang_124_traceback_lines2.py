def t(f):
    try:
        f()
    except Exception as e:
        tb = e.__traceback__
        lines = []
        while tb:
            lines.append(tb.tb_lineno)
            tb = tb.tb_next
        print(f.__name__, lines[1:])
class Bad:
    def __iter__(self):
        return self
    def __next__(self):
        raise KeyError
def a():
    for x in \
            Bad():
        pass
t(a)
def b():
    @(lambda f: 1 / 0)
    def inner():
        pass
t(b)
def c():
    class K(
            5):
        pass
t(c)
def d():
    with open_it(
            ):
        pass
def open_it():
    raise OSError
t(d)
def e():
    x = 1
    y = (x
         + 'a')
t(e)
def f():
    assert (1 ==
            2)
t(f)
def g():
    raise ValueError(
        'x')
t(g)
def h():
    a, b = \
        [1]
t(h)
def i():
    del undefined_local_var
    undefined_local_var = 1
t(i)
def j():
    return [x
            for x in 5]
t(j)
def k():
    if 1 < \
            None:
        pass
t(k)
def l():
    z = {}
    z['a'] += \
        1
t(l)
