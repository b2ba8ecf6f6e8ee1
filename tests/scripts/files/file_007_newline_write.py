p = "_tmp_file_007.txt"
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, "w", newline=nl) as f:
        print(f.write("x\ny\r\nz"), end=" ")
        f.writelines(["1\n", "2\n"])
    with open(p, "rb") as f:
        print(repr(nl), f.read())
with open(p, "wb") as f:
    f.write(b"one\r\ntwo\rthree\n")
with open(p) as f:
    print(f.readlines())
with open(p, "rb") as f:
    print(f.readlines())
import os
os.remove(p)
