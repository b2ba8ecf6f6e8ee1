gx = 1
def f(a):
    b = 2
    return sorted(locals().items())
print(f(0))
print('gx' in globals(), globals()['gx'], '__name__' in globals())
class C:
    x = 1
    y = sorted(k for k in locals() if not k.startswith('_'))
print(C.y)
def g():
    z = 5
    def h():
        return z
    return sorted(locals())
print(g())
print(sorted(vars(C))[-2:], vars(C)['x'])
import _helper_mod
print(vars(_helper_mod)['value'], 'greet' in dir(_helper_mod))
print(__name__, type(__builtins__).__name__ in ('module', 'dict'))
def d():
    q = 1
    return dir()
print(d())
globals()['injected'] = 'yes'
print(injected)
