"""Module docstring here."""
print(__doc__)
def f():
    """Function doc."""
class C:
    """Class doc."""
    def m(self):
        "method doc"
print(f.__doc__, C.__doc__, C.m.__doc__, C().m.__doc__)
def nodoc():
    x = 'not a docstring'
    return x
print(nodoc.__doc__)
lam = lambda: 'x'
print(lam.__doc__)
