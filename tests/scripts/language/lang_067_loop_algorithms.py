primes = []
for n in range(2, 50):
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5))
def bubble(xs):
    xs = list(xs)
    n = len(xs)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
                swapped = True
        if not swapped:
            break
    return xs
print(bubble([5, 2, 9, 1, 5, 6]))
memo = {}
def fib(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(60))
total = 0
i = 0
while i < 1000:
    total += i * i
    i += 1
print(total)
words = 'the quick brown fox jumps over the lazy dog the end'.split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
s = ''
for ch in 'abc':
    s += ch * 2
print(s)
