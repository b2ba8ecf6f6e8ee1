# Integer loops: arithmetic on small ints in while and for loops.
def work(n):
    total = 0
    i = 0
    while i < n:
        total += i * 3 % 7 - (i >> 2)
        i += 1
    for j in range(n):
        total ^= j & 1023
    return total

print(work(2_000_000))
