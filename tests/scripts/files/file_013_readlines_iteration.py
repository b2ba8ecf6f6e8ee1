p = "_tmp_file_013.txt"
with open(p, "w") as f:
    f.writelines("line %d\n" % i for i in range(10))
with open(p) as f:
    print(f.readlines(20))
    print(f.readline(3), f.readline())
    print(len(f.readlines()), repr(f.readline()), repr(f.read()))
with open(p) as f:
    for i, line in enumerate(f):
        if i == 2:
            break
    print(repr(line), next(f))
with open(p, "rb") as f:
    print(f.readlines(15), f.readline(2), next(iter(f)))
with open(p) as f:
    try:
        f.read("x")
    except TypeError as e:
        print("TypeError", e)
    print(f.read(None)[:7], repr(f.read(0)))
import os
os.remove(p)
