import _mod_circ_b
A_NAME = "a"

def from_b():
    return _mod_circ_b.B_NAME
