# compare: stderr
f() = 1
