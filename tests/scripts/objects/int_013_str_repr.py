vals = [0, 7, -7, 10**9 - 1, 10**9, -(10**9), 10**18, 2**63, -(2**63), 10**40 + 1, 2**200,
        -(3**150), 10**4299, -(10**4299)]
for v in vals:
    s = str(v)
    print(len(s), s[:60], s[-20:], repr(v) == s, int(s) == v)
print(str(10**4300 - 1)[:5])
try:
    str(10**4300)
except ValueError as e:
    print(e)
try:
    repr(-(10**5000))
except ValueError as e:
    print(e)
print(f"{12345:,}", format(10**20, "_"), "%d" % (2**70), "%x" % 255)
print(str(True), repr(False), str(-0))
