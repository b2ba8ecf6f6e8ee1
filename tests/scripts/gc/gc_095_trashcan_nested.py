# test_trashcan: deeply nested containers whose items have __del__ methods that collect.
import gc
class Ouch:
    n = 0
    def __del__(self):
        Ouch.n = Ouch.n + 1
        if Ouch.n % 17 == 0:
            gc.collect()
gc.enable()
N = 150
for count in range(2):
    t = []
    for i in range(N):
        t = [t, Ouch()]
    u = []
    for i in range(N):
        u = [u, Ouch()]
    v = {}
    for i in range(N):
        v = {1: v, 2: Ouch()}
del t, u, v
gc.collect()
print("finalized:", Ouch.n)
