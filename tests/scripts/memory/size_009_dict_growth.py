# dict sizes: 64 empty, 224 with the first key, then CPython's growth steps.
import sys
d = {}
last = sys.getsizeof(d)
print(0, last)
for i in range(200):
    d[i] = i
    size = sys.getsizeof(d)
    if size != last:
        print(len(d), size)
        last = size
s = {}
for w in "the quick brown fox jumps over the lazy dog and more words here".split():
    s[w] = len(w)
print(len(s), sys.getsizeof(s))
