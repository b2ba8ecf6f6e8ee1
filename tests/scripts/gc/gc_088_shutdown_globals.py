# Objects still alive at exit are finalized during shutdown, in the order CPython 3.11 uses:
# the main module goes, its globals are cleared, and a final collection takes the cycles.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = T("a")
b = T("b")
_c = T("_c")
l = [T("in list 1"), T("in list 2")]
cyc = T("cycle")
cyc.me = cyc
d = {"x": T("in dict")}
z = T("z")
print("end of script")
