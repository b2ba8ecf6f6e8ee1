# compare: stderr
# An exception raised in __del__ is reported on stderr and execution goes on.
class C:
    def __del__(self):
        raise ValueError("boom in __del__")
c = C()
del c
print("still running")
def f():
    x = C()
f()
print("after f")
