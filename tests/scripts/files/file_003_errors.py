def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: open("_no_such_dir_/x.txt"))
t(lambda: open("."))
t(lambda: open("x", "z"))
t(lambda: open("x", "rw"))
t(lambda: open("x", "bt"))
t(lambda: open("x", ""))
t(lambda: open(3.5))
path = "_tmp_file_003.txt"
with open(path, "w") as f:
    f.write("x")
t(lambda: open(path, "x"))
f = open(path)
f.close()
t(lambda: f.read())
t(lambda: f.write("a"))
t(lambda: open(path, "w").read())
t(lambda: open(path).write("x"))
t(lambda: open(path, "w").write(b"x"))
t(lambda: open(path, "wb").write("x"))
try:
    open(path).write("x")
except OSError as e:
    print("OSError subclass:", type(e).__name__, isinstance(e, ValueError))
try:
    open("_missing_file_.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename)
