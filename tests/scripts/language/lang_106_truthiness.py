vals = [0, 1, -1, 0.0, 0.5, '', 'a', [], [0], (), (0,), {}, {0: 0}, set(), None, True, False]
print([bool(v) for v in vals])
print([('T' if v else 'F') for v in vals])
print(not [], not [1], [] or 'default', [1] and 'second')
count = 0
for v in vals:
    if v:
        count += 1
print(count)
class Z:
    def __len__(self):
        return 0
class NZ:
    pass
print(bool(Z()), bool(NZ()))
x = None
print('none' if x is None else 'set', x or 'fallback')
print(all(vals[1:2]), any(vals), all([]), any([]))
