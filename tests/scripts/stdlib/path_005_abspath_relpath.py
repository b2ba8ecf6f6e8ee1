import os
import os.path as p
cwd = os.getcwd()
print(p.abspath("x") == p.join(cwd, "x"), p.abspath("/a/../b"), p.abspath(".") == cwd)
print(p.abspath("a/./b/../c") == cwd + "/a/c", p.isabs(p.abspath("q")))
print(p.realpath("zz") == p.abspath("zz"))
print(p.relpath("a/b/c", "a/d"), p.relpath("a", "a"), p.relpath("/x/y", "/x/y/z/w"))
print(p.relpath("x/y"), p.relpath("/a/b", "/c"))
try:
    p.relpath("")
except ValueError as e:
    print("ValueError", e)
print(type(p.abspath(b"x")).__name__)
