# eval() of a string: the constant and the tree, plus the argument.
import sys
rc = sys.getrefcount
print(eval("rc('eval literal!')"))
print(eval("rc((1, 2, 3))"))
e = eval("'abc-' + 'def'")
print(rc(e))
