# float values in containers, conversions and builtins
import sys
print(sys.float_info.max if hasattr(sys, 'float_info') and False else 1.7976931348623157e308)
print(sum([0.1] * 10), sum([1, 2.5, 3]), max([1.5, 2, -3.0]), min(0.0, -0.0), min(-0.0, 0.0))
print(abs(-1.5), pow(2.0, 0.5), pow(4, -1), pow(2.0, -2), divmod(7, 2.5), 7 // 2.5, 7 % 2.5)
print(list(map(float, ['1', '2.5', ' 3 '])), [float(i) / 4 for i in range(5)])
print(str(1e16), str(1.0), str(1e-5), '%s' % 2.5, '%r' % 0.1, f'{0.1}', f'{1/3!r}', f'{2.5!s}')
print(float.__name__, type(1.5), type(1.5).__name__, (1.5).__class__ is float)
print(isinstance(1.5, float), isinstance(1, float), issubclass(bool, float))
x = 0.1
y = x
print(x is y, 1.5.__repr__(), (1.5).__str__(), float.__repr__(2.0), float.__hash__(1.5))
print(sys.getsizeof(1.5), sys.getsizeof(0.0))
print([1.1, 2.2] * 2, (1.5, -0.0), {2.5: 'x'}.get(2.5), 2.5 in {2.5}, 5 / 2 in [2.5])
print(1e-323, 1e-322, 2e-323, 4.9e-324, 3e-324, 1.5e-323)
