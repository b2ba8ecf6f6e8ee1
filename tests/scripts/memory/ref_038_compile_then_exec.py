# compile() frees the tree before returning: running its code object adds no tree reference.
import sys
rc = sys.getrefcount
code = compile("u = 'compiled string'\nprint(rc(u))", "<s>", "exec")
exec(code)
print(rc(u))
code2 = compile("rc('in eval!')", "<e>", "eval")
print(eval(code2))
