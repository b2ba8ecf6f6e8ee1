# A container's size does not include the objects it refers to.
import sys
small = [1, 2, 3]
big = ["x" * 1000, "y" * 1000, "z" * 1000]
print(sys.getsizeof(small) == sys.getsizeof(big))
print(sys.getsizeof((small,)) == sys.getsizeof((big,)))
print(sys.getsizeof({1: small}) == sys.getsizeof({1: big}))
total = sys.getsizeof(big) + sum(sys.getsizeof(s) for s in big)
print(total)
