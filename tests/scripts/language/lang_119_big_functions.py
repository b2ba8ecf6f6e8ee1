def classify(n):
    result = []
    if n % 15 == 0:
        result.append('FizzBuzz')
    elif n % 5 == 0:
        result.append('Buzz')
    elif n % 3 == 0:
        result.append('Fizz')
    else:
        result.append(str(n))
    return result[0]
print(' '.join(classify(i) for i in range(1, 16)))
def matrix_mult(a, b):
    rows, cols, inner = len(a), len(b[0]), len(b)
    out = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        for j in range(cols):
            s = 0
            for k in range(inner):
                s += a[i][k] * b[k][j]
            out[i][j] = s
    return out
print(matrix_mult([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
def roman(n):
    table = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'),
             (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]
    out = ''
    for value, sym in table:
        while n >= value:
            out += sym
            n -= value
    return out
print([roman(n) for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024)])
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
    return [i for i, p in enumerate(is_p) if p]
print(sieve(60))
