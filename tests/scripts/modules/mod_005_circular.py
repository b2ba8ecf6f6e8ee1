import _mod_circ_a
import _mod_circ_b
print(_mod_circ_a.from_b(), _mod_circ_b.from_a())
print(_mod_circ_a._mod_circ_b is _mod_circ_b)
