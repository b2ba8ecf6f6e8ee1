# rsplit
tests = ["a b  c", "  lead and trail  ", "", "   ", "one"]
for t in tests:
    print(repr(t), t.rsplit(), t.rsplit(None, 1), t.rsplit(maxsplit=0))
print("a,b,c,d".rsplit(",", 2), "a,b,c".rsplit(",", 0), "a,b,,".rsplit(","), "a,b".rsplit(",", 9))
print("aaaa".rsplit("aa"), "aaaaa".rsplit("aa"), "aaaaa".split("aa"), "é€é€é".rsplit("€", 1))
print("  a  b  c  ".rsplit(None, 1), "  a  b  c  ".rsplit(None, 2), "a b c".rsplit(" ", 1))
print("k=v=w".rsplit("=", 1), "k=v=w".split("=", 1), "path/to/file".rsplit("/", 1)[-1])
for f in (lambda: "a".rsplit(""), lambda: "a".rsplit(None, 1, 2), lambda: "a".rsplit(b",")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
