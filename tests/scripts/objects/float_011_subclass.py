# float subclasses
class Money(float):
    def __repr__(self):
        return 'Money(%s)' % float.__repr__(self)
m = Money(2.5)
print(m, repr(m), m + 1, type(m + 1).__name__, isinstance(m, float), float(m), type(float(m)))
print(m == 2.5, hash(m) == hash(2.5), round(m), m.is_integer(), m.hex(), abs(Money(-1.0)))
class Half(float):
    def __new__(cls, v):
        return super().__new__(cls, v / 2)
h = Half(3)
print(h, type(h).__name__, h * 2, Half.fromhex('0x1p3'), type(Half.fromhex('0x1p3')).__name__)
class Temp(float):
    unit = 'C'
    def __str__(self):
        return '%.1f%s' % (self, self.unit)
t = Temp('21.456')
print(t, str(t), repr(t), f'{t}', format(t, '.2f'), t.unit, -t, type(-t).__name__)
print(float.__new__(Temp, 3) + 0, Temp(1) < Temp(2), sorted([Temp(3), 1.5, Temp(-1)]))
t.extra = 5
print(t.extra, vars(t))
