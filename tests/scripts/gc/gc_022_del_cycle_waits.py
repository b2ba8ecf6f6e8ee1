# An object in a cycle is not finalized when its name goes, only by the collector.
import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.ref = None
    def __del__(self):
        print(f"Deleted: {self.name}")
gc.disable()
def create_cycle():
    a = Node("A")
    b = Node("B")
    a.ref = b
    b.ref = a
create_cycle()
print("create_cycle() returned, nothing deleted yet")
print("collect():", gc.collect())
gc.enable()
