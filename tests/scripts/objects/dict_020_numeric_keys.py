# equal numbers of different types are the same key
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d, list(d)[0].__class__.__name__)
d = {0.0: 'f'}
d[0] = 'i'
d[False] = 'b'
d[-0.0] = 'nz'
print(d)
print({2 ** 64: 'big', float(2 ** 64): 'fbig'})
print({0.5: 1}[0.5], {-1: 'm'}[-1], {-2: 'm2'}[-2])
keys = [10 ** 20, -(10 ** 20), 2 ** 61 - 1, 2 ** 61, -1, -2, 1.5, float('inf'), -float('inf')]
d = {k: i for i, k in enumerate(keys)}
print(d)
print([d[k] for k in keys])
nan = float('nan')
d = {nan: 1}
d[nan] = 2
d[float('nan')] = 3
print(len(d), d[nan])
print(float('nan') in d, nan in d)
