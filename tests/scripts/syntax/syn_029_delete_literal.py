# compare: stderr
del 1
