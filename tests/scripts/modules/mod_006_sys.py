import sys
print(sys.argv[0].endswith("mod_006_sys.py"), len(sys.argv))
print(sys.maxsize, sys.maxsize == 2**63 - 1)
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print(sys.version_info >= (3, 11), sys.version.startswith("3.11"))
print(sys.byteorder, sys.platform)
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    sys.setrecursionlimit(1.5)
except TypeError as e:
    print("TypeError", e)
n = sys.stdout.write("written\n")
print(n)
print(type(sys.modules).__name__, "sys" in sys.modules, "builtins" in sys.modules)
print(type(sys.path).__name__, isinstance(sys.path[0], str))
a = "".join(["inte", "rned"])
b = sys.intern(a)
print(b == "interned", sys.intern("x" * 3) is sys.intern("xxx"))
try:
    sys.intern(3)
except TypeError as e:
    print("TypeError", e)
try:
    sys.exit(4)
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code)
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, sys.exception() is v)
print(sys.getdefaultencoding())
