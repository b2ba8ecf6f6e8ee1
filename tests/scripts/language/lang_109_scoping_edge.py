x = 'global'
def f():
    x = 'enclosing'
    def g():
        global x
        return x
    return g()
print(f())
def h():
    x = 'enclosing'
    class C:
        x = 'class'
        def m(self):
            return x
    return C().m()
print(h())
def k():
    y = 1
    def inner():
        y = 2
        return y
    inner()
    return y
print(k())
def uses_builtin():
    return len('abc')
len_backup = len
def shadows_builtin():
    len = lambda s: 'shadowed'
    return len('abc')
print(uses_builtin(), shadows_builtin(), len('xy'))
def conditional_global(flag):
    if flag:
        global late
        late = 'assigned'
conditional_global(True)
print(late)
