# A suspended generator whose frame holds the generator itself. The collector finalizes it
# (closing the generator clears its frame), which breaks the cycle: the generator is freed
# by reference counting during finalization, so collect() counts nothing.
import gc
class T:
    def __del__(self):
        print("T freed")
def gen():
    t = T()
    me = yield
    yield 1
g = gen()
next(g)
g.send(g)
gc.collect()
del g
print("after del g")
print("collect():", gc.collect())
print("again:", gc.collect())
