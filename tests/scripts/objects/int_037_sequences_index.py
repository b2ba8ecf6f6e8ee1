s = list(range(10))
print(s[True], s[-True], s[2**3], s[True:5], s[::2**1])
try:
    s[2**100]
except IndexError as e:
    print(e)
try:
    s[10**30:] 
    print(s[10**30:], s[-10**30:3])
except Exception as e:
    print(type(e).__name__, e)
print("ab" * 3, 3 * [0], (1, 2) * 2, "x" * True, "x" * False)
try:
    "x" * 2**100
except OverflowError as e:
    print(e)
try:
    [0] * (2**62)
except MemoryError:
    print("MemoryError")
print(range(0, 2**70, 2**68)[1], len(range(-5, 5)))
