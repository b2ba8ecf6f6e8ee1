def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 11)])
def digits_sum(n):
    s = 0
    while n:
        s += n % 10
        n //= 10
    return s
print(digits_sum(987654321))
fact = 1
for k in range(1, 21):
    fact *= k
print(fact)
neg = [-7 // 2, -7 % 2, 7 // -2, 7 % -2, -1 // 3]
print(neg)
print(sum(range(101)), sum(i for i in range(10) if i & 1))
x = 0
for i in range(-5, 5):
    x ^= i
print(x)
print(2 ** 62 + 2 ** 62 - 1, -(2 ** 40) * 3)
