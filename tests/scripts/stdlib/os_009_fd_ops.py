import os
p = "_tmp_os_009.bin"
fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, os.write(fd, b"hello "), os.write(fd, b"world"))
os.close(fd)
fd = os.open(p, os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print(os.isatty(fd))
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e)
try:
    os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
except FileExistsError as e:
    print("FileExistsError", e)
fd = os.open(p, os.O_WRONLY | os.O_APPEND)
os.write(fd, b"!")
os.close(fd)
with open(p, "rb") as f:
    print(f.read())
try:
    os.write(1, "text")
except TypeError as e:
    print("TypeError", e)
print(os.access(p, os.F_OK), os.access(p, os.R_OK), os.access("_tmp_none", os.F_OK))
os.remove(p)
