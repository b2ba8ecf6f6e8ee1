# A collection never re-enters itself: gc.collect() inside a finalizer run by the collector
# returns 0 at once.
import gc
class C:
    def __init__(self):
        self.me = self
    def __del__(self):
        print("inside __del__, collect() ->", gc.collect())
gc.collect()
C()
print("outer collect():", gc.collect())
