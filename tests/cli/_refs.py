import sys
s = "tree literal!"
print(sys.getrefcount(s), sys.getrefcount(123456789))
