# sys._debugmallocstats() writes its report on stderr and returns None.
import sys
print(sys._debugmallocstats())
print(sys._debugmallocstats.__name__)
try:
    sys._debugmallocstats(1)
except TypeError as e:
    print("TypeError:", e)
