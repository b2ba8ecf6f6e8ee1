# The first instance's __dict__ after two attributes: a split dict sharing the class keys.
import sys
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(sys.getsizeof(p.__dict__))
print(p.__dict__)
