# A literal assigned to a module global: the name, the code's constants and the syntax tree
# (alive while __main__ runs) each hold it, plus getrefcount's own argument.
import sys
s = "some literal"
print(sys.getrefcount(s))
n = 123456789
print(sys.getrefcount(n))
f = 2.5
print(sys.getrefcount(f))
b = b"bytes literal"
print(sys.getrefcount(b))
