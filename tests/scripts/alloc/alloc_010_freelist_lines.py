# sys._debugmallocstats() ends with one line per free list (dicts, floats, lists, then tuples
# of 1 to 20 items). They are read back here by pointing file descriptor 2 at a file. A full
# collection empties the lists; dead objects then fill them again, up to each list's cap.
import gc
import os
import sys


def free_lines(kinds):
    path = "alloc_010.tmp"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    saved = os.dup(2)
    os.dup2(fd, 2)
    sys._debugmallocstats()
    os.dup2(saved, 2)
    os.close(saved)
    os.close(fd)
    with open(path) as f:
        lines = [line.rstrip() for line in f if " free " in line]
    os.remove(path)
    return [line for line in lines if any(k in line for k in kinds)]


def show(title, kinds=("Dict", "Float", "List", " 3-sized", " 7-sized")):
    print(title)
    for line in free_lines(kinds):
        print(line)


# (at the start, dict objects freed by the compiler: their number follows the nesting of the
# program's scopes)
show("at start", ("Dict", "Float"))
gc.collect()
show("after gc.collect()")
junk = [{"k": i} for i in range(100)] + [[i] for i in range(10)] + [(i, i, i) for i in range(5)]
junk += [i / 3 for i in range(150)] + [(i,) * 7 for i in range(2)]
del junk
show("after dropping 100 dicts, 11 lists, 5 triples, 150 floats and 2 7-tuples")
