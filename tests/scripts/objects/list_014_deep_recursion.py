l = []
for i in range(100000):
    l = [l]
try:
    repr(l)
except RecursionError as e:
    print('RecursionError', e)
t = ()
for i in range(100000):
    t = (t,)
try:
    hash(t)
except RecursionError as e:
    print('RecursionError', e)
a = []
b = []
for i in range(100000):
    a = [a]
    b = [b]
try:
    a == b
except RecursionError as e:
    print('RecursionError', e)
try:
    str(t)
except RecursionError as e:
    print('RecursionError', e)
print('end')
