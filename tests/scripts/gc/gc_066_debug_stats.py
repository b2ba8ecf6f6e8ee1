# DEBUG_STATS writes a report for each collection to sys.stderr. Here sys.stderr is replaced
# by an object that keeps the text, so the lines can be shown with the size of the oldest
# generation (which depends on everything the interpreter holds) and the time masked.
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
cap = Capture()
real = sys.stderr
gc.collect()
gc.disable()
a = []
a.append(a)
del a
sys.stderr = cap
gc.set_debug(gc.DEBUG_STATS)
n = gc.collect(0)
gc.set_debug(0)
sys.stderr = real
show("".join(cap.parts))
print("collect(0):", n)
