# Automatic full collections: generation 2 is collected when generation 1 has been collected
# more than threshold 2 times AND the objects promoted since the last full collection exceed
# a quarter of those that survived it.
import gc
class O:
    pass
events = []
i = -1
def cb(phase, info):
    if phase == "start":
        events.append(i)
        events.append(info["generation"])
keep = []
gc.collect()
gc.freeze()
gc.set_threshold(3, 2, 2)
gc.collect()           # the count starts from 0 here
gc.callbacks.append(cb)       # registered after the collection: the count is exactly 0 now
for i in range(150):
    keep.append(O())
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
pairs = [(events[k], events[k + 1]) for k in range(0, len(events), 2)]
gens = [g for (at, g) in pairs]
first_full = gens.index(2)
print("up to the first full collection:", pairs[:first_full + 1])
# A full collection also empties CPython's free lists, which shifts later allocation counts
# by one, so after it only the sequence of generations is shown.
second_full = gens.index(2, first_full + 1)
print("generations up to the second:", gens[first_full + 1:second_full + 1])
gc.unfreeze()
