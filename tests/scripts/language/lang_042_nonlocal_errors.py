srcs = [
    'nonlocal x',
    'def f():\n    nonlocal y\n',
    'def f(a):\n    global a\n',
    'def f():\n    x = 1\n    global x\n',
    'def f():\n    print(x)\n    global x\n',
    'def f(a, a):\n    pass\n',
    'return 5',
    'break',
    'continue',
    'yield 1',
    'class C:\n    return 1\n',
    'def f():\n    class C:\n        yield\n',
    'x = [(yield) for i in y]',
    'def f():\n    x = 1\n    nonlocal x\n',
    'for i in x:\n    def g():\n        break\n',
    'a, *b, *c = d',
    '*a = b',
    'f(x=1, x=2)',
]
for s in srcs:
    try:
        compile(s, '<test>', 'exec')
        print('compiled', repr(s))
    except SyntaxError as e:
        print(repr(s), '->', e.msg, e.lineno)
