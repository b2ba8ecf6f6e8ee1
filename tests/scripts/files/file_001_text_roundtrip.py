
path = "_tmp_file_001.txt"
with open(path, "w") as f:
    print(type(f).__name__, f.mode, f.closed, f.name == path)
    n = f.write("first line\n")
    f.write("second line\ncafé ☕\n")
    f.writelines(["a\n", "b\n"])
    print("wrote", n)
print("closed after with:", f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, "r") as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path) as f:
    print(repr(f.read(5)), repr(f.read(3)), f.tell())
    f.seek(0)
    print(repr(f.readline(4)))
with open(path, "a") as f:
    f.write("appended\n")
with open(path) as f:
    print(f.read().splitlines()[-1])

