# A helper module imported by the mod_* tests.
VALUE = 42
print("loading _mod_a as", __name__)

def func(x):
    return x * VALUE

class Thing:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Thing({self.n})"

_private = "hidden"
