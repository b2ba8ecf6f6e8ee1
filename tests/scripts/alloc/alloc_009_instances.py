# needs: pymalloc (sys.getallocatedblocks() is 0 when every block goes to malloc)
# Instances of a class: one block per object (values live inline in CPython 3.11).
import sys
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

pts = before = None
before = sys.getallocatedblocks()
pts = [Point(1, 2) for _ in range(300)]
print(round(sys.getallocatedblocks() - before, -1))
pts = None
print(0 <= sys.getallocatedblocks() - before <= 3)
