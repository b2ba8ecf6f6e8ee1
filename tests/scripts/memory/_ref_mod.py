import sys
s = "module literal!"
count = sys.getrefcount(s)
