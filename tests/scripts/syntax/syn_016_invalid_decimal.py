# compare: stderr
x = 12abc
