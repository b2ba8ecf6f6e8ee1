def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(eval('1 + 2'), eval('  3 * 4'), eval('[x for x in range(3)]'), eval('x', {'x': 5}), eval('x + y', {'x': 1}, {'y': 2}))
ns = {}
exec('a = 1\nb = a + 1', ns)
print(ns['a'], ns['b'], '__builtins__' in ns)
print(exec('z = 3'), z)
def f():
    exec('w = 1')
    return eval('1 + 1')
print(f())
g = {'val': 10}
l = {}
exec('val2 = val * 2', g, l)
print(l, 'val2' in g)
code = compile('x * 2', '<s>', 'eval')
print(eval(code, {'x': 21}))
code2 = compile('for i in range(2): print("loop", i)', 'file', 'exec')
exec(code2)
t(lambda: eval('1 +'))
t(lambda: eval(1))
t(lambda: exec(1))
t(lambda: eval('undefined_name'))
t(lambda: eval('1', []))
t(lambda: exec('raise ValueError("inside")'))
t(lambda: compile('x', 'f', 'bad'))
t(lambda: eval())
t(lambda: eval('1/0'))
print(eval(b'2 ** 10'))
