x = 10
def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print(f(1))
g = globals()
print(g['x'], g is globals(), '__name__' in g, g['__name__'])
g['newvar'] = 'created'
print(newvar)
def h():
    return globals() is g
print(h())
class K:
    attr = 5
    names = sorted(k for k in locals() if not k.startswith('__'))
print(K.names)
print(sorted(k for k in locals() if k in ('x', 'f', 'g')))
