# time: nanosecond clocks are ints and non-decreasing
import time
a = time.monotonic_ns()
b = time.perf_counter_ns()
c = time.time_ns()
vals = [time.monotonic_ns() for _ in range(50)]
print(all(x <= y for x, y in zip(vals, vals[1:])), a <= vals[0], b > 0, c > 1_600_000_000 * 10 ** 9)
p = [time.perf_counter() for _ in range(50)]
print(all(x <= y for x, y in zip(p, p[1:])), isinstance(p[0], float))
start = time.perf_counter_ns()
time.sleep(0.01)
elapsed = time.perf_counter_ns() - start
print(elapsed >= 9_000_000, elapsed < 5 * 10 ** 9, type(elapsed).__name__)
print(time.process_time_ns() >= 0, time.sleep(0.001) is None, callable(time.sleep))
print(sorted(n for n in ['time', 'sleep', 'monotonic', 'perf_counter', 'process_time'] if hasattr(time, n)))
