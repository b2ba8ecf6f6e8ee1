def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return count, avg
a = averager()
next(a)
for v in [10, 20, 30]:
    print(a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print('result', e.value)
def grouper():
    results = {}
    while True:
        key = yield
        if key is None:
            return results
        sub = yield from averager()
        results[key] = sub
g = grouper()
next(g)
g.send('x')
g.send(1)
g.send(3)
g.send(None)
try:
    g.send(None)
except StopIteration as e:
    print(e.value)
