x, y = 3, 'abc'
print(f'{x}{y}', f'{x + 1} and {y * 2}', f'{x!r:>5}|', f'{y!s:^9}|', f'{y!a}')
width, prec = 10, 3
print(f'{3.14159:{width}.{prec}f}|', f'{x:0{width}d}', f'{y:<{width}}|')
print(f'{"quoted"}', f"{'single'}", f'{x:#x} {x:#o} {x:#b}', f'{1234567:,}')
d = {'k': 'v'}
print(f"{d['k']}", f'{len(d)}', f'{[i for i in range(3)]}', f'{(lambda: 5)()}')
print(f'{x if x > 2 else 0}', f'{ {"a": 1}["a"] }', f'{x}{{}}{x}')
print(f'', f'plain', f'{""}', len(f'{x}'))
nested = f'{f"{x}"}'
print(nested, type(nested).__name__)
class P:
    def __format__(self, spec):
        return '<' + spec + '>'
    def __repr__(self):
        return 'P()'
print(f'{P():xyz}', f'{P()!r}', f'{P()}')
try:
    f'{x:q}'
except ValueError as e:
    print(e)
print(f'{-0.0:+.1f}', f'{12.5:e}', f'{0.5:%}', f'{1e20:g}')
