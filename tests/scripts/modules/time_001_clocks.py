# time: clock types and relative facts only (never absolute values)
import time
t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
c0 = time.process_time()
print(type(t0).__name__, type(m0).__name__, type(p0).__name__, type(c0).__name__)
print(type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__, type(time.perf_counter_ns()).__name__)
print(type(time.process_time_ns()).__name__, t0 > 1.6e9, abs(time.time_ns() / 1e9 - time.time()) < 5)
time.sleep(0.02)
time.sleep(0)
time.sleep(False)
m1 = time.monotonic()
p1 = time.perf_counter()
print(m1 - m0 >= 0.015, p1 - p0 >= 0.015, m1 - m0 < 5, time.monotonic_ns() >= int(m1 * 1e9) - 10 ** 6)
x = 0
for i in range(20000):
    x += i
print(time.process_time() >= c0, x)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: time.sleep(-1))
t(lambda: time.sleep(-0.5))
t(lambda: time.sleep('a'))
t(lambda: time.sleep(None))
t(lambda: time.sleep())
t(lambda: time.time(1))
