# Deleting keys never shrinks a dict; clear() goes back to 64; copy() may be smaller.
import sys
d = {i: i for i in range(20)}
print(sys.getsizeof(d))
for i in range(18):
    del d[i]
print(len(d), sys.getsizeof(d))
d.pop(18)
d.popitem()
print(len(d), sys.getsizeof(d))
c = {i: i for i in range(20)}
for i in range(15):
    del c[i]
print(sys.getsizeof(c.copy()), sys.getsizeof(dict(c)), sys.getsizeof({**c}))
c.clear()
print(sys.getsizeof(c))
c["a"] = 1
print(sys.getsizeof(c))
