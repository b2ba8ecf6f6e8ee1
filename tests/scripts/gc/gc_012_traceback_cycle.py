# Keeping a caught exception in a local of the same frame: exception -> traceback -> frame
# -> local -> exception. Only the collector frees it.
import gc
class T:
    def __del__(self):
        print("T freed")
def f():
    t = T()
    try:
        raise ValueError("x")
    except ValueError as e:
        err = e
    return 1
gc.collect()
f()
print("f returned")
print("collect():", gc.collect())
def g():
    t = T()
    try:
        raise ValueError("x")
    except ValueError:
        pass
    return 1
g()
print("g returned (no cycle)")
print("collect():", gc.collect())
