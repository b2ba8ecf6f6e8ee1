"""int_013_module_int_results: block sizes of ints made by codecs errors, gc, os, resource, files.

CPython builds Unicode{De,En}codeError args and gc callback info with Py_BuildValue "n"
(PyLong_FromLong on 64-bit Linux: a 32-byte medium int), while the start/end attributes,
gc.collect(), os.write() and buffered file tell()/seek() use PyLong_FromSsize_t (exact digits:
28 bytes). os.stat() takes st_dev as a long long (medium) and st_ino as unsigned (exact);
resource.getrlimit() builds "ll" pairs. Values that depend on the machine are checked against
that rule instead of being printed.
"""
import gc
import os
import resource
import tracemalloc

K = [None] * 60
PATH = "/tmp/mnemo_int_013_%d" % os.getpid()
with open(PATH, "wb") as f:
    f.write(b"x" * 5000)
F1 = open(PATH, "r+b")
F2 = open(PATH + "t", "w")
F1.read(1500)
F2.write("y" * 1200)
FD = os.open("/dev/null", os.O_WRONLY)
K1500 = 1500
K2000 = 2000
INFOS = []


class C:
    pass


def cb(phase, info):
    if phase == "stop":
        INFOS.append(info)


def make_cycles(n):
    for i in range(n):
        a = C()
        a.x = a


def decode_error():
    try:
        (b"a" * 300 + b"\xff" * 200).decode("utf-8")
    except UnicodeDecodeError as e:
        return e


def encode_error():
    try:
        ("a" * 400 + "\u4e00").encode("ascii")
    except UnicodeEncodeError as e:
        return e


def probe():
    K[0] = decode_error()
    K[1] = encode_error()
    K[2] = K[0].start
    K[3] = K[0].end
    K[4] = K[1].start
    K[5] = gc.collect()
    K[6] = F1.tell()
    K[7] = F2.tell()
    K[8] = F1.seek(2500)
    K[9] = F2.seek(0, 2)
    K[10] = F2.seek(K2000)
    K[11] = F1.truncate()
    K[12] = F1.truncate(K1500)
    K[13] = os.write(FD, b"x" * 1000)
    K[14] = os.stat(PATH)
    K[15] = resource.getrlimit(resource.RLIMIT_NOFILE)
    K[16] = resource.getpagesize()
    return tracemalloc.take_snapshot()


def medium(v):
    if -5 <= v <= 256:
        return []
    if abs(v) < 2**30:
        return [32]
    return [24 + 4 * ((abs(v).bit_length() + 29) // 30)]


def exact(v):
    if -5 <= v <= 256:
        return []
    return [24 + 4 * ((abs(v).bit_length() + 29) // 30)]


def traced_at(snap, lineno):
    # blocks whose traceback passes through [lineno] of this file (os.stat may run library code)
    return sorted(t.size for t in snap.traces
                  if any(fr.filename == __file__ and fr.lineno == lineno for fr in t.traceback))


def report(snap):
    lines = open(__file__).read().splitlines()
    where = {}
    for i, src in enumerate(lines, 1):
        if src.startswith("    K[") and "= " in src:
            where[int(src[6:src.index("]")])] = (i, src.split("=", 1)[1].strip())
    ints = (28, 32, 36, 40)
    for k in (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13):
        lineno, label = where[k]
        got = [s for s in traced_at(snap, lineno) if s in ints]
        print(label, got, K[k], K[k] is K1500 or K[k] is K2000)
    for k, text in ((0, '.decode("utf-8")'), (1, '.encode("ascii")')):
        lineno = [i for i, src in enumerate(lines, 1) if src.endswith(text)][0]
        got = [s for s in traced_at(snap, lineno) if s in ints]
        print(where[k][1], got, K[k].args[2:4])
    st = K[14]
    want = (medium(st.st_mode) + exact(st.st_ino) + medium(st.st_dev) + medium(st.st_nlink)
            + medium(st.st_uid) + medium(st.st_gid) + medium(st.st_size)
            + medium(int(st.st_atime)) + medium(int(st.st_mtime)) + medium(int(st.st_ctime)))
    if hasattr(st, "st_blksize"):
        want += medium(st.st_blksize) + medium(st.st_blocks) + medium(st.st_rdev)
    got = [s for s in traced_at(snap, where[14][0]) if s in (28, 32, 36)]
    print("os.stat ints as CPython builds them:", got == sorted(want), st.st_size)
    lim = K[15]
    got = [s for s in traced_at(snap, where[15][0]) if s in ints]
    print("getrlimit:", got == sorted(medium(lim[0]) + medium(lim[1])))
    got = [s for s in traced_at(snap, where[16][0]) if s in ints]
    print("getpagesize:", got == medium(K[16]))
    print("callback info:", INFOS[-1])


gc.collect()
make_cycles(400)
gc.callbacks.append(cb)
tracemalloc.start(10)
snap = probe()
tracemalloc.stop()
gc.callbacks.remove(cb)
report(snap)
F1.close()
F2.close()
os.close(FD)
os.remove(PATH)
os.remove(PATH + "t")
