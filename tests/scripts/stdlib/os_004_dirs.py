import os
base = "_tmp_os_004"
print(os.path.exists(base))
os.mkdir(base)
print(os.path.isdir(base), os.listdir(base))
os.mkdir(os.path.join(base, "sub"))
for name in ["b.txt", "a.txt", "c.txt"]:
    with open(os.path.join(base, name), "w") as f:
        f.write(name)
print(sorted(os.listdir(base)))
print(sorted(os.listdir(base.encode())))
try:
    os.mkdir(base)
except FileExistsError as e:
    print("FileExistsError", e)
try:
    os.rmdir(base)
except OSError as e:
    print(type(e).__name__, e.strerror)
os.makedirs(os.path.join(base, "x", "y", "z"))
os.makedirs(os.path.join(base, "x", "y", "z"), exist_ok=True)
try:
    os.makedirs(os.path.join(base, "x", "y"))
except FileExistsError as e:
    print("FileExistsError", e)
try:
    os.makedirs(os.path.join(base, "a.txt"), exist_ok=True)
except FileExistsError as e:
    print("FileExistsError", e)
print(sorted(os.listdir(os.path.join(base, "x"))))
os.removedirs(os.path.join(base, "x", "y", "z"))
print(sorted(os.listdir(base)))
for name in ["a.txt", "b.txt", "c.txt"]:
    os.remove(os.path.join(base, name))
os.rmdir(os.path.join(base, "sub"))
os.rmdir(base)
print(os.path.exists(base))
try:
    os.listdir("_tmp_missing_dir")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
