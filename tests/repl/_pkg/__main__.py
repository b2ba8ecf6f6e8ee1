import sys
print("_pkg main", __name__, sys.argv[1:])
value = 11
