# __dict__, __name__, __qualname__, __module__, __doc__ of classes and instances.
class K:
    """K's docstring."""
    a = 1

    def m(self):
        pass


print(K.__doc__, K.__module__, type(K.__dict__).__name__)
print(sorted(k for k in K.__dict__))
print(K.__dict__['a'], 'm' in K.__dict__, len(K.__dict__) > 3)
print(K.__dict__.get('a'), K.__dict__.get('zz', 'd'))
try:
    K.__dict__['a'] = 2
except TypeError as e:
    print('TypeError', e)
print(list(K.__dict__.keys())[:2])


class NoDoc:
    pass


print(NoDoc.__doc__, NoDoc().__doc__)
k = K()
print(k.__dict__, k.__module__, k.__doc__)
k.z = 3
print(k.__dict__)
k.__dict__ = {'q': 1}
print(k.q, k.__dict__)
try:
    k.__dict__ = 5
except TypeError as e:
    print('TypeError', e)
print(int.__module__, int.__name__, int.__qualname__, object.__module__)
print(type(int.__dict__).__name__, 'bit_length' in int.__dict__)
print(K.__dict__['m'].__name__, K.__dict__['m'].__qualname__)
print(vars(k), sorted(vars(K).keys())[:3])


class Ann:
    x: int = 1
    y: str


print(Ann.__annotations__)
