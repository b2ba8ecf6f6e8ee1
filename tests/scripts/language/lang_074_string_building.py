parts = []
for i in range(5):
    parts.append(str(i))
print(','.join(parts))
s = ''
for w in ['a', 'bb', 'ccc']:
    s += w + '|'
print(s, len(s))
print('-'.join(c.upper() for c in 'abc'))
lines = ['line %d' % i for i in range(3)]
print('\n'.join(lines))
text = 'Hello, World'
print(text.lower(), text.replace('l', 'L'), text.find('World'), text.startswith('He'))
print(text.split(', '), text[::-1], text.count('l'), 'x'.join(['1', '2']))
print(f'{text!r:>20}', len(text) * '=')
rows = [('a', 1), ('bb', 22)]
for name, val in rows:
    print(f'{name:<4}{val:>4}')
