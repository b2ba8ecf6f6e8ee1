# A name rebound in a while loop: the previous object dies at each rebinding.
import sys
n = 0
while n < 3:
    cur = [n]
    print(sys.getrefcount(cur))
    n += 1
print(sys.getrefcount(cur))
