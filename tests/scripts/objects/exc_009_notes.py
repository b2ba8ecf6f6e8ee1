# add_note and __notes__ (3.11).
e = ValueError('v')
print(hasattr(e, '__notes__'))
e.add_note('first')
e.add_note('second')
print(e.__notes__, e.args)
try:
    e.add_note(5)
except TypeError as ex:
    print('TypeError', ex)
e.__notes__ = 'not a list'
try:
    e.add_note('x')
except TypeError as ex:
    print('TypeError', ex)
f = KeyError('k')
f.__notes__ = ['pre']
f.add_note('post')
print(f.__notes__)
try:
    try:
        raise RuntimeError('r')
    except RuntimeError as r:
        r.add_note('added in handler')
        raise
except RuntimeError as r:
    print(r.__notes__)
print(sorted(vars(f)))
