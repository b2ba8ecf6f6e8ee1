# needs: pymalloc (sys.getallocatedblocks() is 0 when every block goes to malloc)
# 50,000 strings: one block each (plus the list's item array), all given back when they die.
import sys
data = peak = before = after = None
before = sys.getallocatedblocks()
data = [str(i) * 3 for i in range(50000)]
peak = sys.getallocatedblocks()
print(round(peak - before, -1))
data = None
after = sys.getallocatedblocks()
print(0 <= after - before <= 3)
data = [str(i) * 3 for i in range(50000)]
print(round(sys.getallocatedblocks() - peak, -1))
