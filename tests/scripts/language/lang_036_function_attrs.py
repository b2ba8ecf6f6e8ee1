def f(a, b=1, *args, c, d=2, **kw):
    "doc"
    x = 1
    return x
co = f.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount)
print(co.co_varnames, co.co_nlocals, co.co_flags & 0xF)
print(f.__defaults__, f.__kwdefaults__, f.__doc__, f.__module__, f.__qualname__)
f.custom = 'attr'
print(f.custom, f.__dict__)
def g():
    pass
print(g.__defaults__, g.__kwdefaults__, g.__doc__, g.__closure__, g.__annotations__)
def ann(a: int, b: 'str' = 'x') -> list:
    pass
print(ann.__annotations__)
g.__name__ = 'renamed'
print(g.__name__, g.__qualname__)
try:
    g.__name__ = 5
except TypeError as e:
    print(e)
g.__defaults__ = (1,)
print(g.__defaults__)
def gen():
    yield
print(gen.__code__.co_flags & 0x20 != 0, f.__code__.co_flags & 0x20)
print(f.__globals__ is globals(), type(f).__name__)
def outer():
    y = 1
    def inner():
        return y
    return inner
print(outer().__code__.co_freevars, outer.__code__.co_cellvars)
print(co.co_filename.endswith('lang_036_function_attrs.py'), co.co_firstlineno)
