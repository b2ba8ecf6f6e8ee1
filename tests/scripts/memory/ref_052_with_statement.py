# `with ... as` binds the result of __enter__; the manager is held until the block ends.
import sys
class M:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit", sys.getrefcount(self))
        return False
with M() as m:
    print(sys.getrefcount(m))
print(sys.getrefcount(m))
