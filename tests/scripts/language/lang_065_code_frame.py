import sys
def f(a, b):
    c = a + b
    return sys._getframe() if hasattr(sys, '_getframe') else None
def where():
    try:
        raise ValueError
    except ValueError as e:
        return e.__traceback__.tb_frame
fr = where()
print(fr.f_code.co_name, fr.f_lineno > 0, type(fr).__name__)
print(sorted(fr.f_locals), fr.f_globals is globals())
def outer():
    return where()
try:
    raise KeyError('k')
except KeyError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_next, tb.tb_frame.f_code.co_name)
def a():
    b()
def b():
    raise IndexError('deep')
try:
    a()
except IndexError as e:
    t = e.__traceback__
    names = []
    while t:
        names.append((t.tb_frame.f_code.co_name, t.tb_lineno))
        t = t.tb_next
    print(names)
co = f.__code__
print(co.co_name, co.co_argcount, co.co_varnames, type(co).__name__)
print(repr(co).startswith('<code object f at '), 'line 2>' in repr(co))
