# compare: stderr
x = 1)
