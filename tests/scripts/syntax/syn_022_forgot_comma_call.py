# compare: stderr
print(a b)
