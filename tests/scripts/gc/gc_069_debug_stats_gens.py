# DEBUG_STATS for generations 1 and 2, with a finalizer printing in between; the oldest
# generation's size and the time are masked (see gc_066).
import gc
import sys
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
def show(text):
    for line in text.splitlines():
        if line.startswith("gc: objects in each generation:"):
            words = line.split()
            words[-1] = "N"
            line = " ".join(words)
        if line.endswith("s elapsed"):
            line = line[:line.rindex(",")] + ", ?s elapsed"
        print(line)
class T:
    def __init__(self):
        self.me = self
    def __del__(self):
        cap.write("T.__del__ runs here\n")
cap = Capture()
real = sys.stderr
gc.collect()
gc.disable()
T()
keep = [1]
gc.collect(0)
T()
sys.stderr = cap
gc.set_debug(gc.DEBUG_STATS)
gc.collect(1)
gc.collect(2)
gc.set_debug(0)
sys.stderr = real
show("".join(cap.parts))
