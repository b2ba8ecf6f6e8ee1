# When a program begins, CPython's start-up has already run 22 young collections and two of
# generation 1, and counted a few hundred container objects in generation 0: the first
# automatic collection comes after about 430 more, not 700. The counts are rounded: they
# grow a little with the size of the program being compiled.
import gc

count0, count1, count2 = gc.get_count()
print("at start:", count0 // 50 * 50, count1, count2)
print("collections so far:", gc.get_stats())
first = []
gc.callbacks.append(lambda phase, info: phase == "start" and first.append(info["generation"]))


class Node:
    pass


made = []
for i in range(2000):
    n = Node()
    n.me = n
    made.append(n)
    if first:
        print("first automatic collection: generation", first[0], "after", i // 25 * 25, "nodes")
        break
gc.callbacks.clear()
