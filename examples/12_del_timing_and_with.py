# When __del__ runs, and why "with" is the reliable way to clean up.
# Run: mnemo examples/12_del_timing_and_with.py
import gc
import os

path = "example12.tmp"

class BadFileHandler:
    # DO NOT DO THIS: closing the file in __del__
    def __init__(self, filename):
        self.file = open(filename, "w")
    def write(self, data):
        self.file.write(data)
    def __del__(self):
        print("  finalizer called, closing file")
        self.file.close()

print("1. refcounting: __del__ runs the moment the last reference goes")
handler = BadFileHandler(path)
handler.write("some data")
del handler
print("  after del handler")

print("2. but any extra reference delays it, silently")
handler = BadFileHandler(path)
handler.write("some data")
log = [handler]                  # e.g. kept in a list, a cache, a traceback...
del handler
print("  after del handler: the file is still open, unflushed:", repr(open(path).read()))
log.clear()

print("3. in a cycle, only the collector runs it, whenever it runs")
handler = BadFileHandler(path)
handler.me = handler
handler.write("cycle data")
del handler
print("  after del handler: on disk", repr(open(path).read()))
gc.collect()
print("  after gc.collect(): on disk", repr(open(path).read()))

print("4. with: __exit__ runs when the block ends, even on an exception")
class GoodFileHandler:
    def __init__(self, filename):
        self.filename = filename
    def __enter__(self):
        print("  entering context, opening file")
        self.file = open(self.filename, "w")
        return self.file
    def __exit__(self, exc_type, exc_value, traceback):
        print("  exiting context, closing file; exception:", exc_type.__name__ if exc_type else None)
        self.file.close()
        return False            # do not swallow the exception
try:
    with GoodFileHandler(path) as f:
        f.write("some data")
        1 / 0
except ZeroDivisionError:
    print("  ZeroDivisionError caught; file closed:", f.closed)

print("5. files are context managers themselves")
with open(path) as f:
    print("  read", repr(f.read()))
print("  closed:", f.closed)
os.remove(path)
