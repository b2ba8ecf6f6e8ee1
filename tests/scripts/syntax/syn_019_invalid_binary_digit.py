# compare: stderr
x = 0b102
