def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(format(3.14159, '.2f'), format(42), format(42, 'x'), format(42, '08b'), format('ab', '>5'), format('ab', '*^6'))
print(format(1234567, ','), format(0.5, '%'), format(-7, '+d'), format(255, '#x'), format(3, ''))
print(repr(format(None)), format([1, 2]), format(True), format(2.5))
class F:
    def __format__(self, spec):
        return 'F<' + spec + '>'
print(format(F(), 'abc'), format(F()), f'{F():xyz}')
t(lambda: format(1, 'q'))
t(lambda: format(1, 2))
t(lambda: format('a', 'd'))
t(lambda: format(object(), 'x'))
t(lambda: format())
class BadF:
    def __format__(self, spec):
        return 5
t(lambda: format(BadF()))
