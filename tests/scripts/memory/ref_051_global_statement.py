# `global` assignment inside a function replaces the module's reference.
import sys
g = None
def setg(v):
    global g
    g = v
obj = []
setg(obj)
print(sys.getrefcount(obj))
setg(None)
print(sys.getrefcount(obj))
