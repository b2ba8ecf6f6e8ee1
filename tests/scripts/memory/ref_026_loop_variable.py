# The loop variable keeps the last item after the loop ends.
import sys
items = [[], [], []]
for item in items:
    print(sys.getrefcount(item))
print(sys.getrefcount(items[-1]))
del item
print(sys.getrefcount(items[-1]))
for x in [object(), object()]:
    print(sys.getrefcount(x))
