# compare: stderr
def numbers():
    yield 1
    yield int('x')
def consume():
    return [n * 2 for n in numbers()]
consume()
