# compare: stderr
1 = x
