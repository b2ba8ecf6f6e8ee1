# A file object that sits in a reference cycle is closed by the collector: its finalizer
# closes the stream and releases the descriptor. (Its data is flushed before the cycle is
# made: CPython may lose unflushed data here, as its own documentation warns.)
import gc
import os
path = "_tmp_file_010.txt"
def open_fds():
    return len(os.listdir("/proc/self/fd"))
class Node:
    pass
gc.collect()
base = open_fds()
def make_cycle():
    n = Node()
    n.f = open(path, "w")
    n.f.write("written by a file in a cycle\n")
    n.f.flush()
    n.me = n
make_cycle()
print("descriptors held:", open_fds() - base)
print("collected something:", gc.collect() > 0)
print("descriptors held after collect:", open_fds() - base)
f = open(path, "a")
f.self_ref = f
f.note = "files have a __dict__"
print(f.note, "self_ref" in f.__dict__)
f.write("self cycle\n")
f.flush()
del f
print("descriptors held:", open_fds() - base)
gc.collect()
print("descriptors held after collect:", open_fds() - base)
with open(path) as f:
    print(f.read().splitlines())
os.remove(path)
