# concatenation and repetition
print("ab" + "cd", "" + "x", "x" + "", "é" + "€", "a" + "😀")
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "" * 5, "é€" * 2)
print(repr("x" * 1), len("abc" * 100))
for f in (lambda: "a" + 1, lambda: 1 + "a", lambda: "a" + None, lambda: "a" * 1.5,
          lambda: 1.5 * "a", lambda: "a" * "b", lambda: "a" + b"b", lambda: [1] + "a",
          lambda: "a" - "b", lambda: -"a"):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
s = "x"
s += "y"
s += "z" * 2
print(s)
s *= 2
print(s)
print("a" * True, "a" * False + "!")
class R:
    def __radd__(self, other):
        return "radd(" + other + ")"
    def __rmul__(self, other):
        return "rmul(" + other + ")"
print("q" + R(), "q" * R())
class I:
    def __index__(self):
        return 3
print("ab" * I(), I() * "cd")
