# **kwargs: a new dict for the callee holds each keyword value.
import sys
def kw(**kwargs):
    return sys.getrefcount(kwargs), sorted(sys.getrefcount(v) for v in kwargs.values())
obj = []
print(kw(a=obj))
print(kw(a=obj, b=obj))
d = {"a": obj}
print(kw(**d))
print(sys.getrefcount(obj))
