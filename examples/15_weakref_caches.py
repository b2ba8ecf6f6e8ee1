# Weak references for caches and registries: WeakValueDictionary.
# Run: mnemo examples/15_weakref_caches.py
import gc
import sys
import weakref

class Image:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Image({self.name!r})"

# A weak reference does not add to the count; calling it returns the object, or None once
# the object has died.
img = Image("logo")
print("refcount:", sys.getrefcount(img))
r = weakref.ref(img)
print("refcount with a weakref:", sys.getrefcount(img), "| r() ->", r())
del img
print("after del: r() ->", r())           # freed at once, no collection needed

# The articles' "a_weak = weakref.ref([1, 2, 3])" does not work: lists, dicts, tuples, str,
# int and None cannot be weakly referenced. Instances of your classes (and of subclasses of
# list and dict), sets, functions and classes can.
try:
    weakref.ref([1, 2, 3])
except TypeError as e:
    print("TypeError:", e)

# A cache that owns its values keeps every image alive forever:
strong_cache = {}
# A WeakValueDictionary forgets an entry as soon as nothing else uses the value:
cache = weakref.WeakValueDictionary()

def load(name):
    img = cache.get(name)
    if img is None:
        print("  loading", name)
        img = Image(name)
        cache[name] = img
    return img

a = load("logo")
b = load("logo")                          # served from the cache
print("same object:", a is b, "| cached:", sorted(cache.keys()))
c = load("banner")
print("cached:", sorted(cache.keys()))
del a, b
print("after the users of 'logo' are gone:", sorted(cache.keys()))
del c
print("and of 'banner':", sorted(cache.keys()), len(cache))

# A registry of live objects, from the articles:
class Registry:
    def __init__(self):
        self._by_id = weakref.WeakValueDictionary()
    def add(self, ident, obj):
        self._by_id[ident] = obj
    def get(self, ident):
        return self._by_id.get(ident)

reg = Registry()
session = Image("session-1")
reg.add("s1", session)
print("registry get:", reg.get("s1"))
del session
print("registry get after the session ended:", reg.get("s1"))

# Values in a cycle leave the cache when the collector frees them.
node = Image("node")
node.me = node
cache["node"] = node
del node
print("cycle still cached:", "node" in cache)
gc.collect()
print("after gc.collect():", "node" in cache)
