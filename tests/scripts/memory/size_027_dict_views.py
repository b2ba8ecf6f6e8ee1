# Dict views are 40 bytes, dict iterators 72.
import sys
d = {1: 2}
print(sys.getsizeof(d.keys()), sys.getsizeof(d.values()), sys.getsizeof(d.items()))
print(sys.getsizeof(iter(d)), sys.getsizeof(iter(d.values())), sys.getsizeof(iter(d.items())))
print(sys.getsizeof(reversed(d)) if hasattr(d, "__reversed__") else "-")
