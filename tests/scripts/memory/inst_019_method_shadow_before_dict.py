# An instance attribute shadows a method even while stored inline.
class C:
    def f(self):
        return 1
c = C()
c.f = lambda: 2
print(c.f())
d = C()
print(d.f())
