# Every new instance gives up one usable slot of the shared keys.
import sys
class E:
    def __init__(self):
        self.a = 1
        self.b = 2
objs = [E() for i in range(5)]
print([sys.getsizeof(o.__dict__) for o in objs])
e = E()
e.c = 3
print(sys.getsizeof(e.__dict__))
