# Properties in class hierarchies, computed attributes, caching patterns.
class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('below absolute zero')
        self._c = v

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError', e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print('AttributeError', e)


class Child(Temp):
    @property
    def celsius(self):
        return 'child ' + str(self._c)


c = Child(5)
print(c.celsius)
try:
    c.celsius = 3
except AttributeError as e:
    print('AttributeError', e)


class Lazy:
    calls = 0

    @property
    def value(self):
        Lazy.calls += 1
        return 42


z = Lazy()
print(z.value, z.value, Lazy.calls)
z.__dict__['value'] = 'shadow'
print(z.value)


class Raises:
    @property
    def bad(self):
        raise KeyError('inside property')

    def __getattr__(self, name):
        return 'getattr ' + name


print(Raises().other)
try:
    Raises().bad
except KeyError as e:
    print('KeyError', e)
