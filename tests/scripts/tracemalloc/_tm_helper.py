# helper module for 051_import.py: module-level allocations
TABLE = ["entry-%03d" % i for i in range(200)]


def grow(n):
    return [i * 1000003 for i in range(n)]
