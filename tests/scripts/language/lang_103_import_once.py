import _helper_counter
import _helper_counter
from _helper_counter import loads
import sys
print(loads, _helper_counter.loads)
print(sys.modules['_helper_counter'] is _helper_counter)
def f():
    import _helper_counter as c
    return c.loads
print(f())
