# format() builtin and __format__ dispatch
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith('F'):
            return format(self.c * 9 / 5 + 32, spec[:-1]) + 'F'
        return format(self.c, spec) + 'C'
t = Temp(21.5)
print(format(t, '.1F'), format(t, '.2f'), f'{t:>8.1f}', f'{t}', '{:.0F}'.format(t))
print(format(12), format(1.5), format('x'), format(None), format([1, 2]), format((1,), ''))
print((12).__format__('05'), (1.5).__format__('.3f'), 'ab'.__format__('>4'), float.__format__(2.0, ''))
print(int.__format__(True, ''), int.__format__(True, 'd'), format(True, '>5'), format(False, 'x'))
class I(int):
    pass
class Fl(float):
    pass
print(format(I(42), 'x'), format(I(42), ''), format(Fl(2.5), '.1f'), format(Fl(2.5), ''))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: format(object(), 'x'))
t(lambda: format([], '>5'))
t(lambda: (1.5).__format__(5))
t(lambda: format(1, 5))
