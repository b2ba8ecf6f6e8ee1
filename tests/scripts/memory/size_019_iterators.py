# Iterators of each builtin type.
import sys
its = [iter([]), iter(()), iter(""), iter("\xe9"), iter(b""), iter({}), iter({}.values()),
       iter({}.items()), iter(set()), iter(frozenset()), iter(range(3)), iter(range(2**70)),
       reversed([]), reversed(range(3)), reversed((1, 2)), enumerate([]), zip(), zip([1], [2]),
       map(len, []), filter(None, [])]
for it in its:
    print(type(it).__name__, sys.getsizeof(it))
