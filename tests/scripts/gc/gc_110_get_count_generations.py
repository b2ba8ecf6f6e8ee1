# Counts 1 and 2 after explicit collections of each generation.
import gc
gc.disable()
gc.collect()
log = []
for g in (0, 0, 1, 0, 2, 0, 0, 0, 1):
    gc.collect(g)
    log.append(gc.get_count()[1:])
print(log)
gc.enable()
