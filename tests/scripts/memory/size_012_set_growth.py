# set and frozenset: 216 up to 4 items, then 728, 2264, 8408 ...; discard never shrinks.
import sys
s = set()
last = sys.getsizeof(s)
print(0, last)
for i in range(300):
    s.add(i)
    size = sys.getsizeof(s)
    if size != last:
        print(len(s), size)
        last = size
for i in range(290):
    s.discard(i)
print(len(s), sys.getsizeof(s))
s.clear()
print(sys.getsizeof(s))
