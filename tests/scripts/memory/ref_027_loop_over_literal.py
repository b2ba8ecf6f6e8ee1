# `for x in [1000, 2000]` iterates a tuple constant folded from the list display.
import sys
for x in [1000, 2000]:
    print(sys.getrefcount(x))
for y in (3000, 4000):
    print(sys.getrefcount(y))
for z in {5000}:
    print(sys.getrefcount(z))
