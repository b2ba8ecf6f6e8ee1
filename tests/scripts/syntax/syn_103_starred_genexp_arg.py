# compare: stderr
values = [[1], [2]]
print(*v for v in values)
