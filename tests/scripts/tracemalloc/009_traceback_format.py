# Traceback.format(): "File" lines with the stripped source line; limit and order
from tracemalloc import Traceback
here = __file__
tb = Traceback(((here, 9), (here, 8), (here, 3), ("missing.py", 4), (here, 99)))
for args in [(), (2,), (-2,), (0,), (None, True), (2, True), (-1, True)]:
    print(args)
    for line in tb.format(*args):
        print(line)
print(tb.format(limit=1, most_recent_first=True))
