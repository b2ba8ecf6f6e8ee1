# Instances of subclasses of builtins: sys.getsizeof counts the collector header and, for a
# class with a managed __dict__, the two pre-header words (dict and inline values) in front.
# str.__sizeof__ ignores the subclass's own fields (a str subclass keeps CPython's legacy
# layout), so only the pre-header shows there.
import sys

class S(str): pass
class B(bytes): pass
class I(int): pass
class F(float): pass
class T(tuple): pass
class L(list): pass
class D(dict): pass
class St(set): pass
class Fs(frozenset): pass

for C, v in [(S, 'ab'), (S, ''), (S, 'abc' * 10), (B, b'ab'), (B, b''), (I, 5), (I, 0),
             (I, 2**70), (F, 1.5), (T, (1, 2)), (T, ()), (L, [1, 2]), (D, {1: 2}),
             (St, {1}), (Fs, {1})]:
    o = C(v)
    before = sys.getsizeof(o)
    o.x = 1
    o.y = 2
    print(C.__name__, len(v) if hasattr(v, '__len__') else v, before, sys.getsizeof(o),
          o.__sizeof__(), sys.getsizeof(C(v)) - C(v).__sizeof__())
