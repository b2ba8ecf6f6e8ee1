# Class attributes are referenced by the class's namespace; instances don't add references.
import sys
class K:
    shared = []
    def method(self):
        return self
print(sys.getrefcount(K.shared))
k1, k2 = K(), K()
print(sys.getrefcount(K.shared), k1.shared is k2.shared)
s = K.shared
print(sys.getrefcount(s))
print(sys.getrefcount(k1))
