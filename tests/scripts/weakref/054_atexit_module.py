# compare: stderr
# The atexit module: LIFO order, arguments, unregister, failing functions.
import atexit

def show(*args, **kw):
    print("exit func", args, kw)

def boom():
    raise ValueError("exit function failed")

base = atexit._ncallbacks()
print(atexit.register(show, 1, k=2) is show)
atexit.register(boom)
atexit.register(show, "last registered")
atexit.register(print, "to be removed")
print(atexit._ncallbacks() - base)
atexit.unregister(print)
print(atexit._ncallbacks() - base)
try:
    atexit.register(5)
except TypeError as e:
    print("TypeError:", e)
try:
    atexit.register()
except TypeError as e:
    print("TypeError:", e)
print("end")
