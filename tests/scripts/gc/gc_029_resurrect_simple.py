# __del__ can resurrect its object by storing self somewhere; it is not called again.
import gc
survivors = []
class Lazarus:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__ of", self.name)
        survivors.append(self)
x = Lazarus("x")
print("finalized before:", gc.is_finalized(x))
del x
print("survivors:", [s.name for s in survivors])
x = survivors.pop()
print("finalized after:", gc.is_finalized(x))
del x
print("second death: no __del__ call above this line")
