# exec() of a string keeps its syntax tree alive while it runs, as __main__ does.
import sys
rc = sys.getrefcount
exec("q = 'exec literal!'\nprint(rc(q))\nprint(rc(77777))")
print(rc(q))
ns = {"rc": rc}
exec("w = [1000, 2000]\nprint(rc(w[0]))", ns)
print(rc(ns["w"][0]))
