# range objects are 48 bytes whatever their length; slice objects 56.
import sys
print(sys.getsizeof(range(0)), sys.getsizeof(range(10)), sys.getsizeof(range(2**100)),
      sys.getsizeof(range(1, 100, 7)))
print(sys.getsizeof(slice(1)), sys.getsizeof(slice(1, 2, 3)), sys.getsizeof(slice(None)))
print(sys.getsizeof(range(10)[2:5]), range(3).__sizeof__())
