# nested dicts, dicts of lists, deep copies by hand, deletion of nested structures
tree = {}
for path in ['a/b/c', 'a/b/d', 'a/e', 'f']:
    node = tree
    for part in path.split('/'):
        node = node.setdefault(part, {})
print(tree)
def depth(d):
    return 1 + max((depth(v) for v in d.values()), default=0)
print(depth(tree))
inv = {}
for k, v in {'a': 1, 'b': 2, 'c': 1}.items():
    inv.setdefault(v, []).append(k)
print(inv)
deep = {}
cur = deep
for i in range(10000):
    cur['n'] = {}
    cur = cur['n']
del deep
print('deep freed')
matrix = {(i, j): i == j for i in range(3) for j in range(3)}
print([k for k, v in matrix.items() if v])
merged = {}
for part in [{'a': 1}, {'b': 2}, {'a': 3, 'c': 4}]:
    merged.update(part)
print(merged, sorted(merged, key=merged.get))
print(max({'x': 3, 'y': 9, 'z': 1}, key={'x': 3, 'y': 9, 'z': 1}.get))
