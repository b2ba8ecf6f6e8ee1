# A __del__ run by the collector can use module globals and allocate freely.
import gc
registry = []
class Entry:
    def __init__(self, key):
        self.key = key
        self.me = self
    def __del__(self):
        registry.append("closed " + self.key)
        new = {"copy": [self.key] * 2}
        registry.append(new)
gc.collect()
Entry("k1")
Entry("k2")
print("collect():", gc.collect())
print(registry)
