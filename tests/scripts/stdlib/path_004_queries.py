import os
import os.path as p
f = "_tmp_path_004.txt"
d = "_tmp_path_004_dir"
with open(f, "w") as fh:
    fh.write("abcdef")
os.mkdir(d)
for name in [f, d, "_tmp_path_004_missing", "."]:
    print(name, p.exists(name), p.isfile(name), p.isdir(name), p.islink(name), p.lexists(name))
print(p.getsize(f), p.getsize(f) == os.stat(f).st_size)
print(type(p.getmtime(f)).__name__, p.getmtime(f) == os.stat(f).st_mtime)
print(p.samefile(f, "./" + f), p.ismount("/"), p.ismount(d))
try:
    p.getsize("_tmp_path_004_missing")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
print(p.exists("bad\0name"), p.isfile(""), p.isdir(""))
os.remove(f)
os.rmdir(d)
print(p.exists(f), p.exists(d))
