# collections.ChainMap: lookups through several maps, writes to the first.
from collections import ChainMap

defaults = {'color': 'red', 'user': 'guest'}
overrides = {'user': 'admin'}
cm = ChainMap(overrides, defaults)
print(cm['user'], cm['color'], len(cm), sorted(cm), cm.get('x', 0), 'color' in cm)
print(cm)
cm['color'] = 'blue'
print(overrides, defaults)
del cm['color']
print(cm['color'])
child = cm.new_child()
child['user'] = 'root'
print(child['user'], cm['user'], len(child.maps), child.parents['user'])
print(ChainMap(), bool(ChainMap()), bool(cm))
try:
    del cm['color']
except KeyError as e:
    print(type(e).__name__, e)
try:
    cm['nothing']
except KeyError as e:
    print(type(e).__name__, e)
print(dict(cm), list(cm.items()))
