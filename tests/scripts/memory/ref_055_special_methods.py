# References to self while special methods run: the caller's stack, bound methods the
# interpreter makes, the method's frame and getrefcount's argument.
import sys
rc = sys.getrefcount
class V:
    def __add__(self, o):
        return rc(self), rc(o)
    def __getitem__(self, k):
        return rc(self), rc(k)
    def __len__(self):
        return rc(self)
    def __eq__(self, o):
        print("eq", rc(self), rc(o))
        return True
    def __enter__(self):
        return rc(self)
    def __exit__(self, *a):
        print("exit", rc(self))
    def __bool__(self):
        print("bool", rc(self))
        return True
    def __format__(self, spec):
        return str(rc(self))
    def __iter__(self):
        yield rc(self)
    def __call__(self):
        return rc(self)
    @property
    def p(self):
        return rc(self)
a, b = V(), V()
print(a + b, a[b], len(a))
a == b
with a as r:
    print("enter", r)
if a:
    pass
print(f"{a}", format(a, ""), list(a), a(), a.p)
