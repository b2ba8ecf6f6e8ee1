# Attribute names given to setattr/getattr are interned; dict keys are not.
import sys
class C:
    pass
o = C()
name = "".join(["col", "or"])
setattr(o, name, "red")
key = next(iter(o.__dict__))
print(key == name, key is sys.intern("".join(["col", "or"])))
d = {}
k = "".join(["siz", "e"])
d[k] = 1
stored = next(iter(d))
print(stored is k, stored is sys.intern("".join(["siz", "e"])))
print(getattr(o, "".join(["co", "lor"])))
kw = dict(**{"".join(["a", "b"]): 1})
print(next(iter(kw)) is sys.intern("".join(["a", "b"])))
