# repr of sets and subclasses
print(set(), frozenset(), {1}, frozenset({1}), {'a'}, {(1, 2)})
print(str({1, 2}), repr(frozenset('ab')))
class S(set):
    pass
class F(frozenset):
    pass
print(S(), S([1, 2]), F(), F([3]))
print(repr(S('a')), str(F('b')))
class R:
    def __repr__(self):
        return 'R!'
    def __hash__(self):
        return 0
print({R()}, frozenset([R()]))
class Bad:
    def __repr__(self):
        raise ValueError('bad')
    def __hash__(self):
        return 1
try:
    repr({Bad()})
except ValueError as e:
    print(type(e).__name__, e)
print(f'{ {1, 2} }', '%r' % ({3},), format(frozenset({4})))
