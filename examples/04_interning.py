# String interning: when two equal strings are the same object.
# Run: mnemo examples/04_interning.py
import sys

# String constants that look like identifiers (letters, digits, underscores) are interned:
# CPython keeps one copy in a table, and every equal identifier-like constant refers to it.
a = "hello_world"
b = "hello_" + "world"          # folded to "hello_world" by the compiler, then interned
print("a is b:", a is b)

# A string built at run time is a new object, interned or not ...
c = "".join(["hello", "_world"])
print("c == a:", c == a, "| c is a:", c is a)
# ... until sys.intern looks it up in the table and hands back the interned copy.
print("sys.intern(c) is a:", sys.intern(c) is a)

# Strings with spaces or punctuation are not interned, but within one file equal constants
# are still merged into one object, so folklore about "spaces prevent sharing" fails here:
d = "hello world"
e = "hello world"
print("d is e:", d is e)                                # True: one constant
f = "".join(["hello", " world"])
print("run-time copy is d:", f is d)                    # False
print("sys.intern(d) is d:", sys.intern(d) is d)        # True: d becomes the interned copy
print("sys.intern(f) is d:", sys.intern(f) is d)        # True: f's lookup now finds d

# The empty string and the one-character Latin-1 strings are cached singletons.
word = "caf\xe9"
print("'' is str():", "" is str(), "| word[3] is chr(233):", word[3] is chr(233))
print("chr(8364) is chr(8364):", chr(8364) is chr(8364))   # outside Latin-1: not cached

# Attribute names are interned (so attribute lookups compare pointers); dict keys are not.
class Box:
    pass
box = Box()
name = "".join(["wid", "th"])
setattr(box, name, 10)
stored = next(iter(box.__dict__))
print("attribute name interned:", stored is sys.intern("".join(["wid", "th"])))
table = {}
key = "".join(["hei", "ght"])
table[key] = 20
print("dict key interned:", next(iter(table)) is sys.intern("".join(["hei", "ght"])))

# Long repeated strings are only folded up to 4096 characters:
print("'a' * 4096 shared:", "a" * 4096 is "a" * 4096, "| 'a' * 4097 shared:", "a" * 4097 is "a" * 4097)
