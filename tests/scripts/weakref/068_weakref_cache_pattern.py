# A cache of expensive objects with WeakValueDictionary: reused while alive.
import weakref

class Image:
    loads = 0
    def __init__(self, name):
        Image.loads += 1
        self.name = name

_cache = weakref.WeakValueDictionary()

def load(name):
    img = _cache.get(name)
    if img is None:
        img = Image(name)
        _cache[name] = img
    return img

a = load("cat.png")
b = load("cat.png")
print(a is b, Image.loads, len(_cache))
del a, b
print(len(_cache))
c = load("cat.png")
print(Image.loads)
