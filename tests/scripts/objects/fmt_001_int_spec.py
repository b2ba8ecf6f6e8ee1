# format() of ints: types, sign, alternate form, fill/align, zero padding, grouping
n = 255
for spec in ['', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', 'c', 'n', '+d', ' d', '-d',
             '10', '<10', '>10', '^10', '=10', '*^10', '010', '+010', '#010x', ',', '_', '_b',
             '#_x', '012,', '012_', 'e', '.2f', '%', '.1%', 'g', 'E', 'G', 'F', '08.3f', '=+8']:
    print(repr(spec), repr(format(n, spec)), repr(format(-n, spec)) if spec != 'c' else '')
print(format(0, '#x'), format(0, '#b'), format(-0, '+'), format(10 ** 30, ','), format(-10 ** 25, '_'))
print(format(1234, '010,'), format(1234, '09,'), format(1234, '08,'), format(-1234, '010,'))
print(format(12345678, '#020_x'), format(12345678, '#_b'), format(-5, '#010b'), format(5, 'x<+#10o'))
print(format(65, 'c'), format(0x1F600, 'c'), format(233, '^5c'), format(65, '05c'))
print(format(True, ''), format(True, 'd'), format(False, '^5'), format(True, '.1f'))
print(format(2 ** 100, 'x'), format(-2 ** 100, 'o'), format(2 ** 64, 'b')[:10], format(3 ** 50, ',d'))
print(format(7, 'é^9'), format(7, '\u4e2d>4'), format(-7, '0=+6'), format(7, '<05'))
