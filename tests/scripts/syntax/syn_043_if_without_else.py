# compare: stderr
x = 1 if True
