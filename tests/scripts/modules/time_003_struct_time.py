# time.struct_time and the calendar functions (UTC-based facts only)
import time
g = time.gmtime(0)
print(g, g.tm_year, g[0], len(g), type(g).__name__, g[:3])
print(time.gmtime(1700000000.9), time.asctime(g), time.strftime('%Y-%m-%d %H:%M:%S', g))
print(time.strftime('%a %b %d', (2020, 1, 1, 0, 0, 0, 0, 1, 0)), time.ctime(0) == time.asctime(time.localtime(0)))
print(type(time.localtime()).__name__, time.mktime(time.localtime(1000000)) == 1000000.0, time.gmtime(-1))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: time.strftime('%Y', (2020, 13, 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.strftime('%Y', (2020, 1)))
t(lambda: time.strftime(5))
t(lambda: time.asctime((2020, 1, 1, 25, 0, 0, 0, 1, 0)))
t(lambda: time.gmtime('x'))
t(lambda: time.mktime(5))
t(lambda: time.gmtime(float('nan')))
t(lambda: time.strftime(''))
t(lambda: isinstance(time.gmtime(), tuple))
t(lambda: time.struct_time)
