print('%s %s' % ('a', 'b'), '%d%%' % 50, '%5.1f|' % 3.14159, '%-6s|' % 'x')
print('%r' % 'q', '%x %X %o' % (255, 255, 8), '%e' % 12345.678, '%+d' % 5)
print('%(a)s-%(b)d' % {'a': 'A', 'b': 2}, '%c%c' % (72, 'i'), '%05d' % 42)
print('%s' % (1,), '%s' % [1, 2], '%s' % None, '%.3s' % 'abcdef')
for bad in [lambda: '%d' % 'x', lambda: '%s %s' % ('a',), lambda: '%s' % (1, 2)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(b'%s and %d' % (b'x', 3))
print('%i %u' % (7, 8), '%g' % 0.0001, '%10.4f|' % 2.5)
