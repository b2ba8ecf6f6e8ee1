# Reprs of live and dead references (addresses masked by the test runner).
import weakref

class A:
    pass

def func():
    pass

a = A()
r = weakref.ref(a)
print(repr(r))
print(repr(weakref.ref(func)))
print(repr(weakref.ref(A)))
print(repr(weakref.ref(len)))
print(repr(weakref.ref({1, 2})))
del a
print(repr(r))
print(str(r) == repr(r))
