# compare: stderr
def f():
    for i in range(3):
        pass
    break
