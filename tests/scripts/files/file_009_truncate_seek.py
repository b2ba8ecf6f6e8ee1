def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
p = "_tmp_file_009.txt"
with open(p, "w") as f:
    f.write("hello world\n")
with open(p, "r+") as f:
    print(f.truncate(5), f.read(), f.tell())
with open(p) as f:
    print(repr(f.read()))
    t(lambda: f.truncate())
    t(lambda: f.seek(1, 1))
    t(lambda: f.seek(2, 2))
    t(lambda: f.seek(-1))
    t(lambda: f.seek(0, 2))
    t(lambda: f.seek(0, 1))
    t(lambda: f.seek(0, 7))
with open(p, "a+") as f:
    f.seek(0)
    print(f.read())
    f.write("++")
    print(f.tell())
with open(p, "rb+") as f:
    print(f.seek(-2, 2), f.read(), f.seek(1), f.read(2), f.tell())
    f.seek(0)
    f.write(b"J")
    f.truncate()
    print(f.tell())
    f.seek(0)
    print(f.read())
    t(lambda: f.seek(-10, 0))
with open(p, "rb") as f:
    t(lambda: f.truncate(1))
    t(lambda: f.write(b"x"))
with open(p, "wb") as f:
    t(lambda: f.read())
    t(lambda: f.readline())
with open(p, "w") as f:
    t(lambda: f.read())
    print(f.truncate(0))
import os
os.remove(p)
