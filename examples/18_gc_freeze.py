# gc.freeze() after start-up: keep long-lived objects out of every collection.
# Run: mnemo examples/18_gc_freeze.py
import gc

class Config:
    def __init__(self, i):
        self.i = i
        self.children = []

def init_app():
    # import modules, build caches, read configuration ...
    return [Config(i) for i in range(1000)]

app = init_app()
gc.collect()                         # collect start-up garbage first
gc.freeze()                          # then move everything that is left to the permanent generation
print("frozen:", gc.get_freeze_count() > 1000)
print("our objects frozen:", not any(type(o) is Config for o in gc.get_objects()))

# Collections no longer look at frozen objects, so they have less work to do; the objects
# themselves are untouched and usable.
print("still usable:", app[5].i)
events = []
def watch(phase, info):
    if phase == "stop":
        events.append(info["collected"])
gc.callbacks.append(watch)

# New objects are collected as usual.
temp = Config("temp")
temp.children.append(temp)
del temp
print("collect():", gc.collect())

# But garbage among frozen objects is never found while frozen: freeze only what lives for
# the whole run.
app[0].children.append(app[0])
app = None
print("collect() with the frozen app dropped:", gc.collect())
gc.unfreeze()                        # back into the oldest generation
print("freeze count:", gc.get_freeze_count())
print("collect() after unfreeze:", gc.collect())
gc.callbacks.remove(watch)
print("collected per collection:", events)
# (In a forking server, freezing before fork() also avoids copy-on-write of the pages that
# a collection would otherwise touch; mnemo has no fork, but freeze works the same.)
