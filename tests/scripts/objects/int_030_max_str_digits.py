import sys
print(sys.get_int_max_str_digits())
def t(f):
    try:
        r = f()
        print(len(r) if isinstance(r, str) else r.bit_length())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: str(10**4299))
t(lambda: str(10**4300))
t(lambda: int("9" * 4300))
t(lambda: int("9" * 4301))
t(lambda: int("9" * 5000 + "x"))
t(lambda: hex(10**5000))
t(lambda: int("f" * 5000, 16))
t(lambda: int("1" * 5000, 2))
t(lambda: int("7" * 5000, 8))
t(lambda: int("1" * 5000, 3))
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits())
t(lambda: str(10**4999))
t(lambda: str(10**5000))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
t(lambda: str(10**20000))
t(lambda: int("5" * 20000))
sys.set_int_max_str_digits(4300)
