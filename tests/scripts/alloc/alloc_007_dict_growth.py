# needs: pymalloc (sys.getallocatedblocks() is 0 when every block goes to malloc)
# A dict's keys table is a block of its own: growing the dict swaps it for a bigger one.
import sys
d = before = n = None
d = {}
before = sys.getallocatedblocks()
for n in range(1000):
    d[n] = n
print(round(sys.getallocatedblocks() - before, -1))   # the ints above 256, one keys table
d = None
print(0 <= sys.getallocatedblocks() - before <= 3)
