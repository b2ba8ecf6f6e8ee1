# needs: pymalloc (sys.getallocatedblocks() is 0 when every block goes to malloc)
# Relative block counts, rounded (type free lists make the last digit vary).
# Large objects (beyond 512 bytes) count as blocks too. Every name is bound before the first
# measurement, so the module's dict does not grow in between.
import sys
big = small = before = None
before = sys.getallocatedblocks()
big = [bytes(1000) for _ in range(100)]
print(round(sys.getallocatedblocks() - before, -1))
big = None
small = [bytes(10) for _ in range(100)]
print(round(sys.getallocatedblocks() - before, -1))
small = None
print(0 <= sys.getallocatedblocks() - before <= 3)
