# Static types report sizeof(PyTypeObject).
import sys
for t in (int, str, list, dict, object, type, tuple, float):
    print(t.__name__, sys.getsizeof(t))
