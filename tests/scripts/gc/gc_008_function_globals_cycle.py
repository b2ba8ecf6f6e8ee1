# A function defined by exec refers to its globals dict, which holds the function.
import gc
d = {}
exec("def f(): pass\n", d)
print("f.__globals__ is d:", d["f"].__globals__ is d)
del d["__builtins__"]
gc.collect()
del d
print("collect():", gc.collect())
