s = 'hello'
print(s[0], s[-1], s[1:3], s[::-1], len(s))
print('a' 'b' "c", '''triple''', """also""")
print('tab\there', 'nl\\n', r'raw\n', 'quote\'s', "dq\"")
print('\x41\u00e9')
print(b'bytes', b'\x00\xff', len(b'abc'))
name = 'W'
n = 3.14159
print(f'{name}', f'{name!r}', f'{n:.3f}', f'{n:10.2f}|', f'{{braces}}')
print(f'{1 + 2}', f'{"q"}', f'{name.lower()}', f'{[1, 2][0]}')
w = 8
print(f'{n:{w}.{2}f}', f'{42:>{w}}', f'{"x":*^7}')
print('%d items %s %r %.2f %5s|%-5s|' % (3, 'a', 'b', 1.5, 'r', 'l'))
print('%(k)s' % {'k': 'v'}, '%%', '%c' % 65)
print('multi'
      'line')
print('x' * 0, 'abc'.upper(), ' pad '.strip(), 'a,b'.split(','))
print(str(1) + str(2.5) + str(None) + str(True))
print(f'{s!s:>7}', f'{s!a}')
