import sys
print("exit with None")
raise SystemExit
