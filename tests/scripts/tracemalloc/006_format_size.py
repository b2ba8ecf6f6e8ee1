# _format_size: B below 10 KiB, one decimal below 100 units, sign on request
from tracemalloc import _format_size
for n in [0, 1, 99, 100, 1023, 1024, 10239, 10240, 10250, 99 * 1024, 100 * 1024, 102399,
          1024 ** 2, 10 * 1024 ** 2, 5 * 1024 ** 3, 3 * 1024 ** 4, 7 * 1024 ** 5,
          12.5, 0.4, -1, -500, -20000, -5 * 1024 ** 2]:
    print(n, "|", _format_size(n, False), "|", _format_size(n, True))
