print(1, 2, sep='-', end='!\n')
print(sorted([3, 1, 2], reverse=True), sorted('bca', key=str.upper))
print(max([1, 5, 2], key=lambda v: -v), min(4, 2, default=0) if False else min(4, 2))
print(dict(a=1, b=2), dict([('c', 3)], d=4))
print(int('ff', 16), int('10', base=2), round(2.567, 2), round(7))
print(list(zip('ab', [1, 2])), list(enumerate('xy', start=5)))
print(isinstance(1, (str, int)), issubclass(bool, int))
print(getattr(1, 'real'), getattr(1, 'nope', 'dflt'), hasattr([], 'append'))
print(str(b'x', 'ascii') if False else 'skip', bytes([65, 66]), bytearray if False else 0)
def kwonly(*, a, b=2):
    return a, b
print(kwonly(a=1), kwonly(b=3, a=4))
try:
    print(len())
except TypeError as e:
    print(e)
try:
    print(len([], []))
except TypeError as e:
    print(e)
try:
    sorted([1], bad=1)
except TypeError as e:
    print(e)
print(any(x > 2 for x in [1, 3]), all([]), sum([1, 2], 10))
print(abs(-2.5), divmod(-7, 2), hex(255), oct(8), bin(5), chr(97), ord('a'))
print(repr('q'), ascii('é'), format(3.5, '>6'), format(255, 'x'))
