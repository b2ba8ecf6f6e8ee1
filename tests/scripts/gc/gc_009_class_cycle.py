# A class that refers to itself is collected too (a class object holds several internal
# objects, so the count is not checked here: its finalized attribute shows it went).
import gc
class Tracer:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
def make():
    class A:
        pass
    A.a = A
    A.keep = Tracer("held by class A")
make()
print("class A unreachable, collecting")
print("collected something:", gc.collect() > 0)
print("done")
