# compare: stderr
x = 0777
