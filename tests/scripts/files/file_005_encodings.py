def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
p = "_tmp_file_005.txt"
with open(p, "w", encoding="latin-1") as f:
    print(f.write("éà"), f.encoding, f.errors)
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="latin-1") as f:
    print(f.read(1), f.read())
with open(p) as f:
    t(lambda: f.read())
with open(p, errors="replace") as f:
    t(lambda: f.read())
with open(p, encoding="utf-8", errors="ignore") as f:
    t(lambda: f.read())
t(lambda: open(p, "w", encoding="ascii").write("é"))
with open(p, "w", encoding="ascii", errors="replace") as f:
    f.write("aéb")
with open(p, encoding="ascii") as f:
    print(f.read())
with open(p, "w", encoding="utf-8") as f:
    f.write("héllo wörld €\n")
with open(p, encoding="utf8") as f:
    print(f.read(2), f.read(3), f.readline(), f.encoding)
t(lambda: open(p, encoding="foo"))
t(lambda: open(p, encoding=5))
t(lambda: open(p, errors=5))
t(lambda: open(p, "rb", encoding="utf-8"))
t(lambda: open(p, "rb", errors="strict"))
t(lambda: open(p, "rb", newline=""))
import os
os.remove(p)
