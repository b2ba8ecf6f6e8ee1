x = 'global'
def f():
    x = 'local'
    return eval('x'), eval('x', globals()), eval('x', {'x': 'given'}), eval('x', None, {'x': 'loc'})
print(f())
ns = {'a': 2}
print(eval('a * a', ns), eval('[a] * a', ns))
exec('def fn(n):\n    return n + a\n', ns)
print(ns['fn'](40))
exec('import sys as _s; r = _s.__name__', ns)
print(ns['r'])
lcl = {}
exec('q = 1\nq += 1', {}, lcl)
print(lcl)
try:
    exec('1 +* 2')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    eval('x', 1)
except TypeError as e:
    print('TypeError', e)
try:
    eval('x', {}, 1)
except TypeError as e:
    print('TypeError', e)
try:
    exec('x', {}, 1)
except TypeError as e:
    print('TypeError', e)
try:
    exec('x', 1)
except TypeError as e:
    print('TypeError', e)
print(eval('(lambda y: y * 2)(4)'), eval(compile('1+1', 'x', 'eval')))
