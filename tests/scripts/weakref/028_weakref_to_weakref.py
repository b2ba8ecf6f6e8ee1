# References and proxies cannot themselves be weakly referenced; a subclass can.
import weakref

class A:
    pass

class MyRef(weakref.ref):
    pass

a = A()
for o in (weakref.ref(a), weakref.proxy(a), weakref.proxy(len)):
    try:
        weakref.ref(o)
    except TypeError as e:
        print("TypeError:", e)
m = MyRef(a)
mm = weakref.ref(m)
print(mm() is m)
del m
print(mm())
