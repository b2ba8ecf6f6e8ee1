log = []
def v(n):
    log.append(n)
    return n
def f(*a, **k):
    return a, k
f(v(1), v(2), k=v(3), **{'z': v(4)})
print(log)
log.clear()
d = {v('k1'): v('v1'), v('k2'): v('v2')}
print(log)
log.clear()
l = [v(1), *[v(2), v(3)], v(4)]
print(log)
log.clear()
v(1) + v(2) * v(3)
print(log)
log.clear()
class O:
    pass
o = O()
def obj():
    log.append('obj')
    return o
def idx():
    log.append('idx')
    return 0
lst = [0]
lst[idx()] = v('rhs')
obj().attr = v('rhs2')
print(log)
log.clear()
a = b = v('chain')
print(log, a, b)
log.clear()
x = v(1) if v(True) else v(2)
print(log)
log.clear()
lst2 = [0, 0]
lst2[v(0)], lst2[v(1)] = v('a'), v('b')
print(log, lst2)
