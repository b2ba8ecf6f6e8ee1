# Equal literals in one script are merged into one constant: the first occurrence's object is
# the one the code uses; later occurrences are separate objects held only by the syntax tree.
import sys
a = 987654321
b = 987654321
print(a is b, sys.getrefcount(a))
c = 987654321
print(sys.getrefcount(a))
x = "merged text!"
y = "merged text!"
print(x is y, sys.getrefcount(x))
