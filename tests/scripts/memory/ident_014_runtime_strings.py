# Strings built at run time are new objects, even when equal to a constant.
base = "spam"
x = base + "eggs"
y = base + "eggs"
print(x == y, x is y, x is "spameggs")
n = 42
print(str(n) is str(n), f"{n}" is f"{n}", "%d" % n is "%d" % n)
print("SPAM".lower() is base, base.upper().lower() is base)
words = "a bb a bb".split()
print(words[0] is words[2], words[1] is words[3])
print(input if False else "done")
