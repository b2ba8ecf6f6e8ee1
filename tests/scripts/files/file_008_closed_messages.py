def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
p = "_tmp_file_008.txt"
with open(p, "w") as f:
    f.write("abc\n")
for mode in ["r", "w", "rb", "wb", "r+b"]:
    f = open(p, mode)
    f.close()
    print(mode, f.closed)
    for name in ["fileno", "readable", "writable", "seekable", "tell", "flush", "isatty",
                 "read", "readline", "readlines", "truncate", "__enter__", "__iter__",
                 "__next__"]:
        print(" ", name, end=" ")
        t(getattr(f, name))
    print("  write", end=" ")
    t(lambda: f.write(b"x"))
    print("  seek", end=" ")
    t(lambda: f.seek(0))
    print("  close", end=" ")
    t(lambda: f.close())
import os
os.remove(p)
