# comparisons by code point
pairs = [("a", "b"), ("b", "a"), ("a", "a"), ("a", "ab"), ("", "a"), ("Z", "a"),
         ("é", "z"), ("€", "é"), ("😀", "€"), ("abc", "abd"), ("é€", "é€"), ("a€", "aé")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
print("a" == 1, "a" != 1, "1" == 1, "" == None, "a" == b"a")
for f in (lambda: "a" < 1, lambda: 1 > "a", lambda: "a" <= None, lambda: "a" >= [1]):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted(["b", "é", "a", "€", "A", "😀", "", "ab"]))
print(max("abc", "abd"), min(["x", "é", "y"]))
print("abc" < "abc\x00", "a\x00" > "a")
x = "ab"
y = "a" + "b"
print(x == y, x is x)
