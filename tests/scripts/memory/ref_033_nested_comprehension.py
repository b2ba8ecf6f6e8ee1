# Nested comprehension scopes.
import sys
rows = [[[]], [[]]]
print([[sys.getrefcount(c) for c in r] for r in rows])
print([sys.getrefcount(c) for r in rows for c in r])
