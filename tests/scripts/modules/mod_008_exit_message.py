# compare: stderr
import sys
print("output before")
sys.exit("fatal: message to stderr")
