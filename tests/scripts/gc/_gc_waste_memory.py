# Helper module for gc_101: keeps many objects alive in a global list.
class MyObject:
    def __init__(self, n):
        self.n = n
kept = []
def run():
    for i in range(500):
        kept.append(MyObject(i))
    return len(kept)
