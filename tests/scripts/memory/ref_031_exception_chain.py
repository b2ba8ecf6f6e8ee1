# A chained exception holds its cause and context.
import sys
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        first = e
        raise ValueError("v") from e
except ValueError as e2:
    print(sys.getrefcount(e2), sys.getrefcount(first))
print(sys.getrefcount(first))
