# compare: stderr
print(sep='', 1)
