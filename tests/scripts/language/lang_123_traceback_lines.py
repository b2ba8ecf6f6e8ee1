class O:
    def m(self, x):
        raise ValueError
o = O()
def t(f):
    try:
        f()
    except Exception as e:
        tb = e.__traceback__.tb_next
        print(tb.tb_lineno)
def a():
    return (o
            .m(
                1))
t(a)
def b():
    return o.m(
        1)
t(b)
def c():
    return max(1,
        o.m(2))
t(c)
def d():
    x = [1,
         2][
        5]
t(d)
def e():
    return (1 +
        None)
t(e)
def f():
    return o.zz
t(f)
def g():
    return (o.
            zz)
t(g)
def h():
    x = {
        'a': 1}['b']
t(h)
