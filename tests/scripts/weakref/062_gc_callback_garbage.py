# A callback that is itself garbage (test_callback_in_cycle_1-style): the reference dies
# with the cycle, so nothing is called.
import gc, weakref

class J:
    pass

class II:
    def acallback(self, ignore):
        print("callback called!")

gc.collect()
I = II()
I.J = J
I.wr = weakref.ref(J, I.acallback)
del I, J, II
print("collected", gc.collect() > 0)
print("no callback above")
