# Automatic collection at work: 200,000 garbage cycles (a pair of instances and a self-
# referencing list each) made with the collector enabled at its default thresholds.
import gc

class Node:
    def __init__(self):
        self.other = None

def make_garbage(n):
    for _ in range(n):
        a = Node()
        b = Node()
        a.other = b
        b.other = a
        l = [a]
        l.append(l)

gc.collect()
make_garbage(200000)
print(gc.collect() >= 0, gc.isenabled())
