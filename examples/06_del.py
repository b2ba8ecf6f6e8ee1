# What del really does: it removes a name (or a slot), never the object directly.
# Run: mnemo examples/06_del.py
import sys

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        # runs at the moment the last reference goes away
        print("  freeing", self.name)

print("1. del on the only name frees at once")
a = Tracked("a")
del a
print("  after del a")

print("2. del on one of two names frees nothing")
b = Tracked("b")
b2 = b
del b
print("  after del b: b2 still names", b2.name, "with refcount", sys.getrefcount(b2))
del b2
print("  after del b2")

print("3. rebinding a name drops the old object")
c = Tracked("c1")
c = Tracked("c2")
print("  c is now", c.name)

print("4. removing an item from a container")
box = [Tracked("in-list")]
del box[0]
print("  box is", box)

print("5. a container frees its items when it dies, from the last to the first")
group = [Tracked("first"), Tracked("second"), Tracked("third")]
del group
print("  group deleted")

print("6. temporaries die before the next statement")
Tracked("temporary")
print("  next statement")

print("7. a function's locals die when it returns")
def work():
    local = Tracked("local")
    print("  working with", local.name)
work()
print("  returned")

print("8. del of a name that does not exist is an error")
try:
    del missing
except NameError as e:
    print("  NameError:", e)
print("end of script: c2 is freed at shutdown")
del c
