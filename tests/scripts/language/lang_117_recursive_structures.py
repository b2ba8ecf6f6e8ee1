def depth(tree):
    if not isinstance(tree, list):
        return 0
    return 1 + max([depth(t) for t in tree] or [0])
print(depth([1, [2, [3, [4]]], []]))
def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i, x in enumerate(items):
        for p in permutations(items[:i] + items[i + 1:]):
            out.append([x] + p)
    return out
print(permutations([1, 2, 3]))
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(sorted(power_set([1, 2, 3]), key=lambda l: (len(l), l)))
def quicksort(xs):
    if len(xs) < 2:
        return xs
    pivot, rest = xs[0], xs[1:]
    return quicksort([x for x in rest if x < pivot]) + [pivot] + \
        quicksort([x for x in rest if x >= pivot])
print(quicksort([5, 3, 8, 1, 9, 2, 7]))
l = [1]
l.append(l)
print(l)
d = {}
d['self'] = d
print(d)
