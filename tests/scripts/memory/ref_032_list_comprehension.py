# Comprehensions run in their own scope: the loop variable is local to it.
import sys
objs = [[], []]
print([sys.getrefcount(x) for x in objs])
print({sys.getrefcount(x) for x in objs})
print({i: sys.getrefcount(x) for i, x in enumerate(objs)})
print(list(sys.getrefcount(x) for x in objs))
print([sys.getrefcount(x) for x in [object()]])
