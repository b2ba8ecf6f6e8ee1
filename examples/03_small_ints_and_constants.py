# Small ints, constant folding and constant sharing.
# Run: mnemo examples/03_small_ints_and_constants.py

# CPython preallocates the ints -5..256 at startup. Whatever computes one of them returns
# that shared object, so "is" happens to work for them ...
n = 200
print("n + 56 is 256:", n + 56 is 256)
print("int('-5') is -5:", int("-5") is -5)
# ... and stops working just outside the range: 257 is made fresh each time.
print("n + 57 is 257:", n + 57 is 257, "| n + 57 == 257:", n + 57 == 257)

# Folklore says "large ints are never identical". But in a script, the compiler stores
# each distinct constant once per compilation unit (the whole file), so two literal 10000s
# are one object:
x = 10000
y = 10000
print("x = 10000; y = 10000; x is y:", x is y)      # True in a script
# Typed at the interactive prompt, each line is compiled on its own, and the same two
# lines give False. Functions in the same file share the constants too:
def ten_thousand():
    return 10000
print("function constant is x:", ten_thousand() is x)

# Ints computed at run time are new objects, even when the value is equal.
m = 5000
print("m * 2 is m * 2:", m * 2 is m * 2, "| m * 2 == x:", m * 2 == x)

# The compiler also folds constant expressions before merging them:
print("2 ** 10 is 1024:", 2 ** 10 is 1024)
print("('a', 'b') + ('c',) is ('a', 'b', 'c'):", ("a", "b") + ("c",) is ("a", "b", "c"))

# Code compiled separately (exec, eval, the REPL) has its own constants.
ns = {}
exec("z = 10000", ns)
print("exec'd 10000 is x:", ns["z"] is x, "| equal:", ns["z"] == x)

# Floats are not cached at all, but equal float constants in one file are merged as well.
f1 = 0.1
f2 = 0.1
print("f1 is f2:", f1 is f2, "| float('0.1') is float('0.1'):", float("0.1") is float("0.1"))

# Lesson: "is" on numbers says something about how they were made, not about their value.
# Compare numbers with ==.
