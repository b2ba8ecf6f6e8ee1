# Modules are 72 bytes; exception instances 88 whatever their arguments.
import sys
import math
print(sys.getsizeof(sys), sys.getsizeof(math))
for e in (Exception(), ValueError("x"), KeyError(1, 2, 3), StopIteration(5), OSError()):
    print(type(e).__name__, sys.getsizeof(e))
try:
    1 / 0
except ZeroDivisionError as err:
    print(sys.getsizeof(err))
class MyError(Exception):
    pass
print(sys.getsizeof(MyError("m")))
