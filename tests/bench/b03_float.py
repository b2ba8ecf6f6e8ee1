# Float math: a numeric integration and a mandelbrot-style loop.
import math

def integrate(n):
    h = 1.0 / n
    s = 0.0
    for i in range(n):
        x = (i + 0.5) * h
        s += 4.0 / (1.0 + x * x)
    return s * h

def mandel(size):
    count = 0
    for py in range(size):
        for px in range(size):
            cr = px * 3.0 / size - 2.0
            ci = py * 2.0 / size - 1.0
            zr = zi = 0.0
            k = 0
            while k < 50 and zr * zr + zi * zi < 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                k += 1
            count += k
    return count

print(round(integrate(1_000_000), 10), mandel(120), round(math.sqrt(2.0) * 1e6))
