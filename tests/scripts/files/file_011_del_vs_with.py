# Closing a file in __del__ depends on when the owner dies; `with` closes it at a known point.
import gc
path = "_tmp_file_011.txt"

class Logger:
    def __init__(self, name):
        self.name = name
        self.f = open(path, "a")

    def log(self, msg):
        self.f.write(self.name + ": " + msg + "\n")

    def __del__(self):
        print("__del__ of", self.name, "closes the file")
        self.f.close()

def contents():
    with open(path) as f:
        return f.read().splitlines()

open(path, "w").close()
log = Logger("refcount")
log.log("hello")
print("before del:", contents())
del log
print("after del:", contents())

a = Logger("cycle")
a.log("in a cycle")
a.me = a
del a
print("before collect:", contents())
gc.collect()
print("after collect:", contents())

with open(path, "a") as f:
    f.write("with: closed at the end of the block\n")
print(f.closed, contents()[-1])
