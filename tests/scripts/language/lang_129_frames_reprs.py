import sys
def tracer():
    frames = []
    f = sys._getframe() if hasattr(sys, '_getframe') else None
    return f is not None
print(type(tracer()).__name__)
def gen_frame():
    g = (i for i in range(3))
    print(g.gi_frame.f_code.co_name, g.gi_frame.f_lineno)
    next(g)
    print(g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals))
    list(g)
    print(g.gi_frame)
gen_frame()
def f():
    try:
        raise ValueError
    except ValueError as e:
        return e
err = f()
fr = err.__traceback__.tb_frame
print(fr.f_code.co_name, fr.f_back is None, sorted(fr.f_locals))
def outer():
    return inner()
def inner():
    try:
        raise KeyError
    except KeyError as e:
        return e.__traceback__.tb_frame
fr2 = outer()
print(fr2.f_code.co_name, fr2.f_back.f_code.co_name if fr2.f_back else None)
class C:
    def __repr__(self):
        return 'C()'
    def method(self):
        return self
m = C().method
print(repr(m).startswith('<bound method C.method of C()'), m.__self__)
def nested():
    def inner_fn():
        pass
    return inner_fn
print(repr(nested()).startswith('<function nested.<locals>.inner_fn at 0x'))
print(repr(nested.__code__).startswith('<code object nested at 0x'))
g = (x for x in [])
print(repr(g).startswith('<generator object <genexpr> at 0x'))
