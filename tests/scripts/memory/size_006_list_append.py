# list.append over-allocates as CPython: the size jumps at 1, 5, 9, 17, 25, 33, 41, 53, ...
import sys
items = []
last = sys.getsizeof(items)
print(0, last)
for i in range(100):
    items.append(i)
    size = sys.getsizeof(items)
    if size != last:
        print(len(items), size)
        last = size
s = [1, 2, 3]
s.append(4)
print(sys.getsizeof(s))
s.insert(0, 0)
print(sys.getsizeof(s))
