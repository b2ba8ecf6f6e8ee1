import os
def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: os.chdir("_tmp_no_such_dir"))
t(lambda: os.stat("_tmp_no_such_file"))
t(lambda: os.listdir(5.5))
t(lambda: os.remove(None))
t(lambda: os.mkdir())
t(lambda: os.rename("x"))
t(lambda: os.getcwd(1))
t(lambda: os.listdir(".", "x"))
t(lambda: os.fspath(3))
t(lambda: os.stat("bad\0name"))
t(lambda: os.strerror(2))
t(lambda: os.urandom(-1))
t(lambda: os.open("_tmp_no_such_file", os.O_RDONLY))
e = OSError(2, "No such file or directory", "f")
print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    os.remove("_tmp_no_such_file")
except OSError as e:
    print(isinstance(e, FileNotFoundError), e.args)
