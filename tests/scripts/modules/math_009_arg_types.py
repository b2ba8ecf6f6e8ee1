# math functions accept ints, bools, big ints and objects with __float__ / __index__
import math
class F:
    def __float__(self):
        return 0.25
class I:
    def __index__(self):
        return 12
print(math.sqrt(F()), math.exp(F()), math.sin(True), math.cos(False), math.sqrt(2 ** 100), math.log(I()) if False else '')
print(math.gcd(I(), 8), math.factorial(I()), math.isqrt(I()), math.comb(I(), 2), math.perm(I(), 1))
print(math.fabs(-(2 ** 80)), math.floor(F()), math.ceil(F()), math.isnan(F()), math.hypot(F(), F()))
print(math.ldexp(F(), 3), math.copysign(F(), -1), math.fsum([F(), 1, True]), math.prod([0.5, 4]))
print(math.log(2 ** 1100), math.log2(2 ** 1100), math.log10(2 ** 1100), math.log(2 ** 1100, 2))
print(math.log(10 ** 500 + 1, 10 ** 250), math.log(F()), math.log10(True))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: math.sqrt(10 ** 400))
t(lambda: math.exp(I()))
t(lambda: math.gcd(F()))
t(lambda: math.sqrt([]))
t(lambda: math.isclose(F(), 0.25))
t(lambda: math.pow(F(), I()))
t(lambda: math.ldexp(1.0, I()))
