# compare: stderr
def f():
return 1
