# test_finalization's chained rings: resurrecting, plain and suicidal nodes mixed.
import gc
survivors = []
class Base:
    def __del__(self):
        calls.append(self.name)
        self.side_effect()
    def side_effect(self):
        pass
    def chain(self, left):
        self.left = left
        left.right = self
class Plain(Base):
    pass
class Resurrector(Base):
    def side_effect(self):
        survivors.append(self)
class Suicidal(Base):
    def side_effect(self):
        self.left = None
        self.right = None
def run(classes):
    nodes = []
    for i, cls in enumerate(classes):
        n = cls()
        n.name = cls.__name__[0] + str(i)
        nodes.append(n)
    for i in range(len(nodes)):
        nodes[i].chain(nodes[i - 1])
    del nodes, n
    calls.clear()
    c = gc.collect()
    print(" ".join(sorted(calls)), "| collected", c, "| survivors", sorted(s.name for s in survivors))
    survivors.clear()
    calls.clear()
    c = gc.collect()
    print("  second collection:", c, "calls", calls)
calls = []
gc.collect()
run([Plain] * 3)
run([Resurrector] * 3)
run([Suicidal] * 3)
run([Suicidal, Plain] * 2)
run([Suicidal] * 2 + [Plain] * 2)
run([Resurrector, Plain] * 2)
run([Resurrector, Plain, Suicidal] * 2)
