# Resurrecting one object keeps everything it refers to alive, intact.
import gc
class Cargo:
    def __init__(self):
        self.me = self
        self.data = [1, 2, 3]
class Lazarus:
    saved = []
    def __del__(self):
        Lazarus.saved.append(self)
gc.collect()
laz = Lazarus()
cargo = Cargo()
laz.cargo = cargo
cargo.laz = laz
cargo_id = id(cargo)
del laz, cargo
print("collect():", gc.collect())
inst = Lazarus.saved.pop()
print("cargo kept:", id(inst.cargo) == cargo_id, inst.cargo.data, inst.cargo.me is inst.cargo)
print("cargo finalized:", gc.is_finalized(inst.cargo), "laz finalized:", gc.is_finalized(inst))
del inst
print("collect():", gc.collect())
