import os
a = "_tmp_os_005_a.txt"
b = "_tmp_os_005_b.txt"
with open(a, "w") as f:
    f.write("content")
os.rename(a, b)
print(os.path.exists(a), os.path.exists(b))
with open(b) as f:
    print(f.read())
try:
    os.rename(a, b)
except FileNotFoundError as e:
    print("FileNotFoundError", e, e.filename, e.filename2)
os.unlink(b)
print(os.path.exists(b))
for fn in (os.remove, os.unlink):
    try:
        fn(b)
    except FileNotFoundError as e:
        print(fn.__name__, e.errno, e.strerror, e.filename)
d = "_tmp_os_005_dir"
os.mkdir(d)
try:
    os.remove(d)
except OSError as e:
    print(type(e).__name__, e)
with open(os.path.join(d, "f"), "w"):
    pass
try:
    os.rmdir(d)
except OSError as e:
    print(type(e).__name__, e)
os.remove(os.path.join(d, "f"))
os.rmdir(d)
try:
    os.rmdir(d)
except FileNotFoundError as e:
    print("FileNotFoundError", e)
