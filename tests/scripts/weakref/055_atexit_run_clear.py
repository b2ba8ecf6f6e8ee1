# atexit._run_exitfuncs runs and forgets; _clear forgets without running.
import atexit

atexit.register(print, "run by _run_exitfuncs")
n = atexit._ncallbacks()
atexit._run_exitfuncs()
print(atexit._ncallbacks() < n)
atexit.register(print, "never printed")
atexit._clear()
print(atexit._ncallbacks())
atexit.register(print, "printed at exit")

def later():
    print("registered from an exit function")

def register_more():
    atexit.register(later)
    print("register_more ran")

atexit.register(register_more)
print("end")
