vals = [0, 1, -1, 255, -256, 2**30, -(2**30), 2**62, -(2**63), 2**100, -(2**100)]
for v in vals:
    print(v, -v, +v, abs(v), ~v, -(-v) == v, abs(-v) == abs(v))
print(-0, +0, abs(-0), ~-1)
print(-True, +True, abs(-True), ~True, ~False, -False)
print(type(-True).__name__, type(abs(True)).__name__, type(+False).__name__)
print((-5) ** 2, -5 ** 2, --5, -~5, ~-5)
print(abs(-(2**64)) - 2**64 is 0)
