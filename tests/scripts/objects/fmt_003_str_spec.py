# format() of strings
s = 'hello'
for spec in ['', 's', '10', '<10', '>10', '^10', '^11', '*^11', '.3', '10.3', '>10.3s', '3',
             '-^9', '05', '0>8', 'é<8', '.0', '.10']:
    print(repr(spec), repr(format(s, spec)))
print(repr(format('', '5')), repr(format('ümlaut', '^10')), repr(format('日本', '*>6')))
print(repr(format('abc', 'é^9.2')), repr('{:>6}|{:<6}|{:^6}'.format('a', 'b', 'c')))
class S(str):
    pass
print(repr(format(S('sub'), '')), type(format(S('sub'), '')).__name__, repr(format(S('x'), '3')))
