import os
base = "_tmp_os_008"
os.makedirs(os.path.join(base, "a", "aa"))
os.makedirs(os.path.join(base, "b"))
for rel in ["top.txt", "a/one.txt", "a/aa/two.txt", "b/three.txt", "b/four.txt"]:
    with open(os.path.join(base, rel), "w") as f:
        f.write(rel)
for root, dirs, files in sorted(os.walk(base)):
    print(root, sorted(dirs), sorted(files))
order = [root for root, dirs, files in os.walk(base, topdown=False)]
print(order[-1] == base, len(order))
pruned = []
for root, dirs, files in os.walk(base):
    dirs[:] = [d for d in dirs if d != "a"]
    pruned.append(root)
print(sorted(pruned))
errors = []
print(list(os.walk("_tmp_missing", onerror=errors.append)), type(errors[0]).__name__)
for root, dirs, files in os.walk(base, topdown=False):
    for name in files:
        os.remove(os.path.join(root, name))
    for name in dirs:
        os.rmdir(os.path.join(root, name))
os.rmdir(base)
print(os.path.exists(base))
