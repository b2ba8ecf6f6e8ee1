# Slot names are mangled like any private attribute.
class P:
    __slots__ = ("__secret", "_open")
    def __init__(self):
        self.__secret = 1
        self._open = 2
    def get(self):
        return self.__secret
p = P()
print(sorted(k for k in P.__dict__ if "secret" in k or "open" in k))
print(p.get(), p._P__secret, p._open)
print(P.__slots__)
try:
    p.__secret
except AttributeError as e:
    print("AttributeError:", e)
