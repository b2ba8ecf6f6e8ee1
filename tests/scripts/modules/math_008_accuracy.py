# results that depend on careful algorithms: repeatable bit-for-bit with CPython
import math
xs = [i * 0.37 - 3.1 for i in range(25)]
print([math.hypot(x, x + 1) for x in xs])
print([math.dist((x, 1.0, -x), (0.5, x, x * x)) for x in xs[:10]])
print(math.fsum(x * x for x in xs), math.fsum(1 / (i + 1) for i in range(1000)))
print([math.gamma(0.1 * i + 0.05) for i in range(1, 40, 3)])
print([math.lgamma(0.7 * i + 0.3) for i in range(1, 40, 3)])
print([round(math.sin(i), 12) for i in range(10)], [math.exp(i / 10) for i in range(-5, 6)])
print([math.log(10 ** k + 1) for k in range(0, 320, 40)], [math.log2(3 ** k) for k in range(0, 800, 100)])
