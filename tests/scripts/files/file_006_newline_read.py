p = "_tmp_file_006.txt"
data = "a\r\nb\rc\nd\n\r"
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, "w", newline="") as f:
        f.write(data)
    with open(p, newline=nl) as f:
        print(repr(nl), f.readlines())
    with open(p, newline=nl) as f:
        print(repr(nl), repr(f.read()))
    with open(p, newline=nl) as f:
        print(repr(nl), [line for line in f])
    with open(p, newline=nl) as f:
        print(repr(nl), repr(f.readline()), repr(f.read(3)))
for bad in ["x", "\n\n"]:
    try:
        open(p, newline=bad)
    except ValueError as e:
        print("ValueError", e)
try:
    open(p, newline=5)
except TypeError as e:
    print("TypeError", e)
import os
os.remove(p)
