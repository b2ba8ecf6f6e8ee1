# id() and "is": identity is not equality.
# Run: mnemo examples/02_id_and_is.py
# needs: pymalloc (the address reuse below is the small-object allocator's)
#
# Every object has an identity that never changes while it lives. In CPython (and mnemo)
# id(obj) is simply the object's address in memory, and "a is b" means id(a) == id(b).
# "==" asks the objects whether their *values* are equal, which is a different question.

a = [1, 2, 3]
b = [1, 2, 3]
c = a
print("a == b:", a == b)        # True: same contents
print("a is b:", a is b)        # False: two separate list objects
print("a is c:", a is c)        # True: two names, one object
print("id(a) == id(c):", id(a) == id(c))

# An id is only unique among objects alive at the same time. A temporary list dies as soon
# as id() returns, so the next temporary can be placed at the very same address:
print("id([]) == id([]):", id([]) == id([]))     # True in CPython 3.11, and in mnemo

# Keeping both objects alive makes the ids differ.
x, y = [], []
print("two live lists share an id:", id(x) == id(y))

# Freed memory is reused at once: a new object often lands where the last one died.
o = object()
old = id(o)
del o
p = object()
print("new object at the old address:", id(p) == old)

# None, True and False are singletons, which is why "x is None" is the idiom.
def nothing():
    pass
print("nothing() is None:", nothing() is None)

# Value equality can even be False for an object and itself: nan is not equal to nan,
# but containers check identity first, so it is still found in a list.
nan = float("nan")
print("nan == nan:", nan == nan, "| nan is nan:", nan is nan, "| nan in [nan]:", nan in [nan])

# Copying a mutable container makes a new object; "copying" an immutable one may not:
t = (1, 2, 3)
print("list(a) is a:", list(a) is a, "| tuple(t) is t:", tuple(t) is t, "| t[:] is t:", t[:] is t)
