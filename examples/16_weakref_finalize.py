# weakref.finalize: cleanup that runs when an object dies, without __del__'s pitfalls.
# Run: mnemo examples/16_weakref_finalize.py
import gc
import weakref

class Resource:
    def __init__(self, name):
        self.name = name
        self.closed = False
    def close(self):
        self.closed = True
        print(f"  resource {self.name} closed")

class Session:
    def __init__(self, resource):
        self.resource = resource
        # The callback and its arguments must not refer to self, or the session could never
        # die: pass only what the cleanup needs.
        self._finalizer = weakref.finalize(self, type(self)._cleanup, resource)
    @staticmethod
    def _cleanup(res):
        res.close()
    def close(self):
        self._finalizer()                 # explicit close: runs the cleanup once, now

print("1. the cleanup runs when the session dies")
s = Session(Resource("db"))
print("  alive:", s._finalizer.alive)
del s
print("  after del s")

print("2. an explicit close runs it once; the finalizer is then dead")
s = Session(Resource("file"))
s.close()
print("  alive:", s._finalizer.alive)
del s
print("  after del s: nothing more")

print("3. in a cycle: the collector frees the session, then the cleanup runs")
s = Session(Resource("socket"))
s.me = s
del s
print("  not yet")
gc.collect()

print("4. peek, detach and the return value")
def report(tag, n):
    print("  report", tag, n)
    return n * 2
class Thing:
    pass
t = Thing()
f = weakref.finalize(t, report, "t", 21)
print("  peek (args, kwargs):", f.peek()[2:])
print("  calling it:", f())
print("  calling again:", f())           # None: it runs at most once
t2 = Thing()
g = weakref.finalize(t2, report, "t2", 1)
print("  detach (args, kwargs):", g.detach()[2:], "| alive:", g.alive)
del t2
print("  t2 died, no report")

print("5. finalizers still alive at exit run then (atexit=True by default)")
keep = Thing()
weakref.finalize(keep, print, "  exit cleanup for keep")
print("end of script")
