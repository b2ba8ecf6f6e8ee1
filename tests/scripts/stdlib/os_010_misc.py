import os
pid = os.getpid()
print(type(pid).__name__, pid > 0, os.getpid() == pid, os.getppid() > 0)
n = os.cpu_count()
print(type(n).__name__, n >= 1)
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
print(os.fspath("a/b"), os.fspath(b"a/b"))
class P(os.PathLike):
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p
print(os.fspath(P("x/y")), os.path.join(P("x"), "y"), os.path.basename(P("q/r.txt")))
with open(P("_tmp_os_010.txt"), "w") as f:
    f.write("via PathLike")
print(os.path.exists(P("_tmp_os_010.txt")))
os.remove(P("_tmp_os_010.txt"))
print(os.strerror(2), "|", os.strerror(13))
print(os.fsencode("abc"), os.fsdecode(b"abc"))
cwd = os.getcwd()
os.mkdir("_tmp_os_010_dir")
os.chdir("_tmp_os_010_dir")
print(os.path.basename(os.getcwd()), os.listdir())
os.chdir("..")
print(os.getcwd() == cwd, type(os.getcwdb()).__name__)
os.rmdir("_tmp_os_010_dir")
