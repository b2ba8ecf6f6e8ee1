import os.path as p
for s in ["/a/b/c.txt", "a/b/", "c.txt", "/", "//x", "", "a//b", "/a", "a/b//c"]:
    print(repr(s), p.split(s), repr(p.basename(s)), repr(p.dirname(s)))
for s in ["x.py", "x/y.tar.gz", ".bashrc", "a.b/c", "a/.hidden.txt", "...x", "noext", "a.", ""]:
    print(repr(s), p.splitext(s))
print(p.splitext(b"a.b"), p.split(b"/x/y"), p.basename(b"q/w"), p.splitdrive("/a/b"))
