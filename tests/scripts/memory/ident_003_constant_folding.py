# The compiler folds constant expressions, then merges equal constants.
s = "hel" + "lo"
t = "hello"
print(s is t)
print(("ab" * 3) is "ababab")
print((2 ** 20) is 1048576)
u = ("a", "b") + ("c",)
v = ("a", "b", "c")
print(u is v)
k = -(10000)
m = -10000
print(k is m)
# the same expression at run time builds new objects
h = "hel"
print((h + "lo") is t, (h + "lo") == t)
