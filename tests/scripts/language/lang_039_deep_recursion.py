import sys
sys.setrecursionlimit(30000)
def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 1)
print(down(20000))
def collect(n, acc):
    if n == 0:
        return acc
    acc.append(n)
    return collect(n - 1, acc)
print(len(collect(15000, [])))
def mutual_a(n):
    return n if n <= 0 else mutual_b(n - 1)
def mutual_b(n):
    return mutual_a(n - 1)
print(mutual_a(10001))
sys.setrecursionlimit(1000)
def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n
print(count(0))
