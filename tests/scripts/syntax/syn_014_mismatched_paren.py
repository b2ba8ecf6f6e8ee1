# compare: stderr
x = (1, 2]
