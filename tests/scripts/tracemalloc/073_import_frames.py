# The frames between an import statement and the module's code, as CPython 3.11 records them:
# importlib's _find_and_load, _find_and_load_unlocked, _load_unlocked, exec_module and
# _call_with_frames_removed; one more _find_and_load chain per enclosing package imported on
# the way, and _handle_fromlist for `from package import submodule`.
import tracemalloc

tracemalloc.start(25)
import _tm_pkg._leaf
from _tm_pkg import _other
mod2 = __import__("_tm_mod2")
snap = tracemalloc.take_snapshot()
tracemalloc.stop()

mine = ("_tm_pkg", "_tm_mod2")


def short(frame):
    name = frame.filename
    if not name.startswith("<"):
        name = name.split("/")[-2] + "/" + name.split("/")[-1] if "_tm_pkg" in name else name.split("/")[-1]
    return "%s:%d" % (name, frame.lineno)


for stat in snap.statistics("traceback"):
    last = stat.traceback[-1].filename
    if any(m in last for m in mine) and stat.size > 1000:
        # (rounded: which objects the import machinery left on the free lists differs a little)
        print("count=~%d0 size=~%d KiB" % (stat.count // 10, stat.size // 1000))
        for frame in stat.traceback:
            print("   ", short(frame))

# The same allocations seen with one frame (the default) are charged to the module's own line.
tracemalloc.start()
import _tm_helper
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
top = [s for s in snap.statistics("lineno") if s.traceback[0].filename.endswith("_tm_helper.py")]
print(top[0].traceback[0].lineno, top[0].count)
