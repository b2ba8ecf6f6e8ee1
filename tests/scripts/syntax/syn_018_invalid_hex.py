# compare: stderr
x = 0xg1
