import os
p = "_tmp_os_007.txt"
with open(p, "w") as f:
    f.write("12345")
st = os.stat(p)
print(type(st).__name__, len(st), st.st_size, st[6], st.st_size == os.path.getsize(p))
print(st.st_mode & 0o170000 == 0o100000, type(st.st_mtime).__name__, type(st[8]).__name__)
print(int(st.st_mtime) == st[8], st.st_nlink)
print(os.stat(".").st_mode & 0o170000 == 0o040000)
mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime = st
print(size, nlink)
print(repr(st).startswith("os.stat_result(st_mode="))
lst = os.lstat(p)
print(lst.st_size, lst.st_ino == st.st_ino)
fd = os.open(p, os.O_RDONLY)
print(os.stat(fd).st_size)
os.close(fd)
os.remove(p)
try:
    os.stat(p)
except FileNotFoundError as e:
    print("FileNotFoundError", e)
