# finalize with a bound method of another object, and finalize as a decorator-like idiom.
import weakref

class Resource:
    def __init__(self, name):
        self.name = name
        self._finalizer = weakref.finalize(self, Resource._cleanup, name)
    @staticmethod
    def _cleanup(name):
        print("cleanup", name)
    def close(self):
        self._finalizer()
    @property
    def closed(self):
        return not self._finalizer.alive

r = Resource("file1")
print(r.closed)
r.close()
print(r.closed)
r.close()
r2 = Resource("file2")
del r2
print("end")
