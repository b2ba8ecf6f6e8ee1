# A docstring is a constant of the function's or class's code, and held by the tree.
import sys
class K:
    "class docstring here"
def f():
    "function docstring here"
print(sys.getrefcount(K.__doc__), sys.getrefcount(f.__doc__))
