# slicing with steps, negative steps, unicode kinds
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-100:100])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:-1], s[-1:-4:-1])
print(repr(s[5:2]), repr(s[10:]), repr(s[100:]))
print(s[::3], s[1:9:3], s[::-3], s[9:0:-4])
u = "aé€😀b"
print(u[::-1], u[1:4], u[::2], u[3:], u[-2::-1])
print(len(u[1:4]), len(u[::-1]))
print([u[i] for i in range(len(u))])
print(u[1:2] == "é", u[2:3] == "€", u[3:4] == "😀")
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s["a":]
except TypeError as e:
    print(type(e).__name__, e)
print(s[None:None:None], s[slice(1, 4)], s[slice(None, None, -1)])
print(s[True:5], s[2:False or 6])
big = "x" * 10 + "é" * 5
print(big[8:12], big[::5], big[-1:-8:-3])
