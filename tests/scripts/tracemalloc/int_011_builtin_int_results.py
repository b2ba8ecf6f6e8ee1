"""int_011_builtin_int_results: block sizes of ints that builtins and methods return.

CPython builds these either with PyLong_FromSsize_t (exact digits: 28 bytes for one digit)
or with PyLong_FromLong / Py_BuildValue (a 32-byte medium int below 2**30). Every probe line
keeps its result alive; the traced blocks of each line are printed sorted.
"""
import atexit
import sys
import tracemalloc
import weakref

K = [None] * 100
L = [0] * 3000 + [7]
S = "x" * 3000 + "y"
B = b"x" * 1000 + b"y"
T = tuple(L)
D = {i: i for i in range(2000)}
ST = set(range(1500))
REFD = object()
REFS = [REFD] * 500
NEGF = -1e6
NEG = -100000


class HC:
    def __hash__(self):
        return 100000


class GSeq:
    def __getitem__(self, i):
        if i >= 1000:
            raise IndexError
        return 7

    def __len__(self):
        return 1000


WO = HC()
WREFS = [weakref.ref(WO, lambda r: None) for _ in range(400)]
GS = GSeq()
GI = iter(GS)
GRI = reversed(GS)
for _i in range(500):
    next(GI)
    next(GRI)
for _i in range(300):
    atexit.register(len, "")
EN = enumerate("abc", 100000)
ENBIG = enumerate("abc", 2**40)
DI = iter(D)
DV = iter(D.values())
SI = iter(ST)
LI = iter(L)
TI = iter(T)
STRI = iter(S)
BI = iter(B)
LRI = reversed(L)
for _it in (DI, DV, SI, LI, TI, STRI, BI, LRI):
    _it.__length_hint__()


def probe():
    K[0] = len(L)
    K[1] = len(S)
    K[2] = len(B)
    K[3] = len(D)
    K[4] = len(ST)
    K[5] = len(D.keys())
    K[6] = L.__len__()
    K[7] = hash(1000)
    K[8] = hash(-1000)
    K[9] = hash(1000.0)
    K[10] = hash(HC())
    K[11] = hash(2**61 + 300)
    K[12] = hash((1, 2))
    K[13] = ord("\u4e00")
    K[14] = L.__sizeof__()
    K[15] = S.__sizeof__()
    K[16] = D.__sizeof__()
    K[17] = ST.__sizeof__()
    K[18] = B.__sizeof__()
    K[19] = T.__sizeof__()
    K[20] = sys.getsizeof(L)
    K[21] = sys.getrefcount(REFD)
    K[22] = sys.get_int_max_str_digits()
    K[23] = sys.getrecursionlimit()
    K[24] = L.index(7)
    K[25] = L.count(0)
    K[26] = T.index(7)
    K[27] = T.count(0)
    K[28] = S.find("y")
    K[29] = S.rfind("y")
    K[30] = S.index("y")
    K[31] = S.rindex("y")
    K[32] = S.count("x")
    K[33] = B.find(b"y")
    K[34] = B.rfind(b"y")
    K[35] = B.index(b"y")
    K[36] = B.count(b"x")
    K[37] = LI.__length_hint__()
    K[38] = LRI.__length_hint__()
    K[39] = TI.__length_hint__()
    K[40] = STRI.__length_hint__()
    K[41] = BI.__length_hint__()
    K[42] = DI.__length_hint__()
    K[43] = DV.__length_hint__()
    K[44] = SI.__length_hint__()
    K[45] = next(EN)[0]
    K[46] = next(ENBIG)[0]
    K[47] = weakref.getweakrefcount(WO)
    K[48] = atexit._ncallbacks()
    K[49] = next(GI)
    K[50] = GI.__length_hint__()
    K[51] = GRI.__length_hint__()
    K[52] = int(1e6)
    K[53] = int(NEGF)
    K[54] = sum([300, 400])
    K[55] = abs(NEG)
    K[56] = object().__sizeof__() + 1000
    K[57] = type.__sizeof__(HC)
    K[58] = str.maketrans("\u4e00\u4e01", "xy")
    return tracemalloc.take_snapshot()


def report(snap):
    lines = open(__file__).read().splitlines()
    by = {}
    for t in snap.traces:
        fr = t.traceback[0]
        if fr.filename == __file__:
            by.setdefault(fr.lineno, []).append(t.size)
    for i, src in enumerate(lines, 1):
        if src.startswith("    K["):
            print(src.split("=", 1)[1].strip(), sorted(by.get(i, [])))


tracemalloc.start()
snap = probe()
tracemalloc.stop()
report(snap)
print(K[0], K[13], K[45], K[47], K[48] >= 300, K[50], K[51], K[53], K[55])
