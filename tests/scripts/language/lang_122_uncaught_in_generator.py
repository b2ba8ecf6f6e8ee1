# compare: stderr
def producer():
    yield 1
    yield {}['missing']
for item in producer():
    print('item', item)
