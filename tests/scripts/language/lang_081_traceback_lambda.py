# compare: stderr
items = [3, 0, 1]
result = sorted(items, key=lambda v: 10 // v)
