# Order at exit for objects of several kinds held by globals, some in cycles.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
first = T("first")
holder = {"k": T("dict value")}
ring = [T("ring0"), T("ring1")]
ring[0].next = ring[1]
ring[1].next = ring[0]
last = T("last")
t = (T("tuple item 0"), T("tuple item 1"))
print("end of script")
