# needs: pymalloc (sys.getallocatedblocks() is 0 when every block goes to malloc)
# sys.getallocatedblocks(): blocks alive now; relative changes only.
import sys
print(type(sys.getallocatedblocks()).__name__, sys.getallocatedblocks() > 0)
before = sys.getallocatedblocks()
keep = [object() for _ in range(1000)]
grown = sys.getallocatedblocks() - before
print(1000 <= grown <= 1010)
del keep
print(abs(sys.getallocatedblocks() - before) <= 2)
