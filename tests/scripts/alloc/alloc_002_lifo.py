# needs: pymalloc
# Freed blocks are reused last-freed-first.
class P:
    __slots__ = ("v",)

objs = [P() for _ in range(5)]
ids = [id(o) for o in objs]
del objs[1]
del objs[2]                     # the fourth object
del objs[0]
fresh = [P(), P(), P()]
print([ids.index(id(o)) for o in fresh])
