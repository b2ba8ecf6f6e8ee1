# A class and its instance in one garbage cycle: the instance's __del__ still works.
import gc
def make():
    class Local:
        def __del__(self):
            print("Local instance finalized, class", type(self).__name__)
    inst = Local()
    Local.instance = inst
make()
print("made")
print("collected something:", gc.collect() > 0)
