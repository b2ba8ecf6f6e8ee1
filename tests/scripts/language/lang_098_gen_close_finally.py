log = []
def worker(name):
    log.append('start ' + name)
    try:
        while True:
            x = yield
            log.append('%s got %s' % (name, x))
    except GeneratorExit:
        log.append('exit ' + name)
        raise
    finally:
        log.append('finally ' + name)
w = worker('w')
next(w)
w.send(1)
w.close()
w.close()
print(log)
log.clear()
def delegator():
    yield from worker('inner')
d = delegator()
next(d)
d.send('x')
d.close()
print(log)
def returns_in_finally():
    try:
        yield 1
    finally:
        return 'ignored'
r = returns_in_finally()
next(r)
print(r.close())
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ce = catches_exit()
next(ce)
try:
    ce.close()
except RuntimeError as e:
    print(e)
