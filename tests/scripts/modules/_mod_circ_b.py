import _mod_circ_a
B_NAME = "b"

def from_a():
    return _mod_circ_a.A_NAME
