# Which string operations answer with the cached one-character str and which build a new
# object (CPython 3.11: join of two or more pieces, replace, case mappings build new ones;
# slicing, indexing, strip, split, chr, decoding use the cache). Checked with `is` against a
# constant and with the refcount (the cached object is referenced from everywhere).
import sys
g = 'g'

def check(name, s):
    print(name, repr(s), s is g, sys.getrefcount(s) > 100)

check('join two', ''.join(['', 'g']))
check('join one', ''.join(['g']))
check('join tuple', ''.join(('g', '')))
check('join sep', '-'.join(['g']))
check('f-string two parts', f'{g}{""}')
check('f-string one part', f'{g}')
check('replace', 'h'.replace('h', 'g'))
check('replace delete', 'gx'.replace('x', ''))
check('replace nothing', g.replace('x', 'y'))
empty = ''
print('replace to empty', 'x'.replace('x', '') is empty, ''.join(['', '']) is empty)
check('lower', 'G'.lower())
check('lower latin1', 'É'.lower().replace('é', 'g'))
check('title', 'G'.title())
check('capitalize', 'g'.capitalize())
check('swapcase', 'G'.swapcase())
check('casefold', 'G'.casefold())
check('slice', 'ag'[1:])
check('index', 'ag'[1])
check('strip', ' g '.strip())
check('split', 'g h'.split()[0])
check('partition', 'g,h'.partition(',')[0])
check('chr', chr(103))
check('str', str(g))
check('repeat', g * 1)
check('concat empty', g + '')
check('decode', b'g'.decode())
check('translate', 'h'.translate({104: 103}))
check('iteration', [c for c in 'gh'][0])
b = b'g'
print(b''.join([b'', b'g']) is b, b''.join([b'g']) is b, b'h'.replace(b'h', b'g') is b,
      b'hg'[1:] is b, bytes([103]) is b)
