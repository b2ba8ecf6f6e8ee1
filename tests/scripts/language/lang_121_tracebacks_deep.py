# compare: stderr
def level(n):
    if n == 0:
        raise RuntimeError('bottom reached')
    return level(n - 1)
level(3)
