# Generations and thresholds, watched with gc.get_count() and gc.callbacks.
# Run: mnemo examples/11_generations_and_thresholds.py
import gc

print("thresholds:", gc.get_threshold())           # (700, 10, 10); the function is
                                                   # get_threshold, not get_thresholds
# get_count() is (count0, count1, count2):
#   count0: tracked objects allocated minus those freed since the last young collection
#   count1: young collections since generation 1 was last collected
#   count2: generation-1 collections since the last full collection
# It counts allocations, not time: the collector never runs "periodically".

class Obj:
    pass

# Printing allocates a little inside the output machinery, so measure first, print later.
gc.collect()
gc.disable()
objs = []
gc.get_count()                    # the first call may itself count; the later ones do not
before = gc.get_count()[0]
for i in range(100):
    objs.append(Obj())
after = gc.get_count()[0]
objs.clear()
cleared = gc.get_count()[0]
print("100 new instances added", after - before, "to count0")
print("freeing them took", after - cleared, "away again")
gc.enable()

# Now watch automatic collections. A callback is called with "start" and "stop" and an info
# dict. To keep the numbers exact it records ints only, and gc.freeze() first moves every
# object the interpreter already holds into a permanent generation that is never scanned.
events = []
i = -1
def watch(phase, info):
    if phase == "start":
        events.append(i)
        events.append(info["generation"])

keep = []
gc.freeze()
gc.set_threshold(10, 3, 3)        # small thresholds so that we see a few collections
gc.collect()                      # count0 is exactly 0 after this
gc.callbacks.append(watch)
for i in range(300):
    keep.append(Obj())            # each new instance adds 1 to count0
gc.callbacks.remove(watch)
gc.set_threshold(700, 10, 10)
gc.unfreeze()

pairs = [(events[k], events[k + 1]) for k in range(0, len(events), 2)]
print("collections (at allocation number, generation):")
print(pairs[:9])
# A young collection starts when count0 passes threshold 0: at the 11th allocation here, and
# then every 11th. Once more than threshold 1 (3) young collections have run, the next one
# collects generation 1 instead. A full collection needs count2 above threshold 2 AND enough
# newly promoted objects: more than a quarter of those that survived the last full
# collection. So the folklore "every 10th gen-1 collection is a full one" is only half the
# rule. (After a full collection CPython also empties its free lists, which moves later
# allocation numbers by one; that is why only the generations are listed.)
print("generations in order:", [g for (at, g) in pairs])
