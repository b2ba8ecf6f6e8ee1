for spec in ("d", "5d", "<5d", "^7d", "+d", " d", ",", "_", "x", "#X", "08b", "#o", "e", ".2f", "%", "c", "n", "=+8d"):
    print(spec, repr(format(65, spec)), repr(format(-65, spec)) if spec != "c" else "")
print(f"{2**70:,}", f"{-(2**70):_x}", f"{10**30:.3e}")
try:
    format(5, "s")
except ValueError as e:
    print(e)
try:
    format(5, ".2d")
except ValueError as e:
    print(e)
