# f-strings build a new string; their literal parts are constants.
import sys
n = 12345
s = f"{n} text"
print(sys.getrefcount(s))
t = f"pre-{n}-post"
print(sys.getrefcount(t))
