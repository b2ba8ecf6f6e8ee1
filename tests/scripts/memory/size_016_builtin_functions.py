# Builtin functions and bound builtin methods are 72 bytes (56 + 16 collector header).
import sys
print(sys.getsizeof(len), sys.getsizeof(print), sys.getsizeof(sys.getsizeof), sys.getsizeof(abs))
items = [1, 2]
print(sys.getsizeof(items.append), sys.getsizeof("".join), sys.getsizeof({}.get),
      sys.getsizeof((1).bit_length))
print(sys.getsizeof(dict.fromkeys), sys.getsizeof(int.from_bytes))
# the unbound forms are descriptors: method_descriptor and classmethod_descriptor
print(type(list.append).__name__, sys.getsizeof(list.append), sys.getsizeof(str.join))
print(type(dict.__dict__["fromkeys"]).__name__, sys.getsizeof(dict.__dict__["fromkeys"]))
print(len.__sizeof__(), items.append.__sizeof__())
