import os.path as p
print(p.join("a"), p.join("a", "b"), p.join("a/", "b"), p.join("a", "/b", "c"))
print(p.join("", "x"), p.join("x", ""), p.join("/", "etc"), p.join("a", "b", "c", "d.txt"))
print(p.join(b"a", b"b"), p.join("a//", "b"))
for args in [("a", 1), (1, "a"), ("a", b"b"), (None,)]:
    try:
        print(p.join(*args))
    except TypeError as e:
        print("TypeError", e)
