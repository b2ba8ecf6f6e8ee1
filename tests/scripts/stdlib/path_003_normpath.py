import os.path as p
cases = ["a//b", "a/./b", "a/b/..", "a/../..", "/../x", "//a", "///a", "./", "", ".", "..",
         "a/b/../../c/", "/a/b/c/../../../..", "../a/./b/../c", b"x//y/../z"]
for c in cases:
    print(repr(c), repr(p.normpath(c)))
print(p.isabs("/x"), p.isabs("x"), p.isabs(""), p.isabs(b"/"))
print(p.normcase("AbC"), p.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]))
print(p.commonprefix([]), p.commonpath(["/usr/lib", "/usr/local/lib"]))
print(p.commonpath(["a/b/c", "a/b/d", "a/b"]))
try:
    p.commonpath(["/a", "b"])
except ValueError as e:
    print("ValueError", e)
