exec(compile('1 + 1', '<s>', 'single'))
exec(compile('None', '<s>', 'single'))
exec(compile("'text'", '<s>', 'single'))
exec(compile('x = 5\n', '<s>', 'single'))
exec(compile('if True:\n    7\n    8\n', '<s>', 'single'))
print(_ if '_' in dir(__builtins__) else 'no _')
print(eval('x * 2'), eval('[i for i in range(x)]'))
ns = {}
exec('def f(a):\n    return a + 1\ny = f(2)\n', ns)
print(ns['y'], sorted(k for k in ns if k != '__builtins__'))
exec('import sys', ns)
print('sys' in ns)
g = {'v': 3}
l = {'w': 4}
print(eval('v + w', g, l))
exec('z = v * w', g, l)
print(l['z'], 'z' in g)
