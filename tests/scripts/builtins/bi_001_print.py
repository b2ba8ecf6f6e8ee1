print()
print(1, 'a', None, 2.5, [1], (2,), {3: 4})
print(1, 2, 3, sep='')
print(1, 2, 3, sep=', ', end='!\n')
print('a', 'b', sep=None, end=None)
print('no newline', end='')
print(' continued')
print(*range(5))
print(*'abc', sep='-')
print('x', flush=True)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append('<flush>')
w = W()
print('hello', 42, file=w)
print('bye', file=w, end='', flush=True)
print(w.parts)
print('to stdout', file=None)
class S:
    def __str__(self):
        return 'str-of-S'
    def __repr__(self):
        return 'repr-of-S'
print(S(), [S()])
try:
    print(sep=1)
except TypeError as e:
    print('TypeError', e)
try:
    print(end=[])
except TypeError as e:
    print('TypeError', e)
try:
    print(foo=1)
except TypeError as e:
    print('TypeError', e)
try:
    print('x', file=1)
except AttributeError as e:
    print('AttributeError', e)
import sys
print('via sys', file=sys.stdout)
sys.stdout.write('direct\n')
