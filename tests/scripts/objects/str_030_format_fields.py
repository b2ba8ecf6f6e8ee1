# field names with attributes and keys, nested specs, format_map
class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Pt(3, 4)
print("{0.x},{0.y}".format(p), "{p.x}/{p.y}".format(p=p), "{.x}".format(p))
d = {"k": "v", "1": "one", 1: "int-one"}
print("{0[k]} {0[1]} {d[k]}".format(d, d=d), "{0[0]}{0[2]}".format("xyz"), "{0[1][0]}".format([[0], [9]]))
print("{0.real} {0.imag}".format(5), "{0.__class__.__name__}".format("s"))
print("{:>{}}".format("a", 4), "{:{w}.{p}f}".format(3.14159, w=8, p=2), "{0:{1}}".format("a", ">3"))
print("{:{}{}}".format(5, "<", 4) + "|", "{0:{fill}^{width}}".format("m", fill="*", width=7))
print("{x}-{y}".format_map({"x": 1, "y": 2}), "{x[0]}".format_map({"x": "abc"}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {b}".format_map(Default(a="A")))
for f in (lambda: "{}".format_map({}), lambda: "{0}".format_map({}), lambda: "{z}".format_map({}),
          lambda: "{0.nope}".format(p), lambda: "{0[x]}".format([1]), lambda: "{0[0]}".format(5)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
