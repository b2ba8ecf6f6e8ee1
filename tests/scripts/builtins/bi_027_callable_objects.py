print(callable(list.append), callable([].append), callable(type), callable(object()), callable(range))
class Meta:
    pass
print(callable(Meta), callable(Meta()))
import sys
print(callable(sys.exit), callable(sys))
f = lambda: 1
print(callable(f), callable(staticmethod(f)) in (True, False))
class WithCall:
    __call__ = None
print(callable(WithCall))
