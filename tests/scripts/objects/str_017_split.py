# split with None, separators and maxsplit
tests = ["a b  c", "  lead and trail  ", "", "   ", "one", "a\tb\nc\x0bd\x0ce\rf",
         "x\u3000y\u2028z", "a\xa0b\x85c"]
for t in tests:
    print(repr(t), t.split(), t.split(None, 1), t.split(maxsplit=0), t.split(None, -1))
print("a,b,,c,".split(","), ",".split(","), "".split(","), "abc".split(","))
print("a,b,c,d".split(",", 2), "a,b,c".split(",", 0), "a,b".split(",", -5), "a,b,c".split(sep=",", maxsplit=1))
print("a::b::c".split("::"), "aaaa".split("aa"), "é€é€é".split("€"), "x😀y😀".split("😀"))
print("  a  b  ".split(None, 1), "  a  b  ".split(None, 2), "a b c".split(" ", 1))
s = "whole"
print(s.split()[0] is s, s.split(",")[0] is s)
for f in (lambda: "a".split(""), lambda: "a".split(1), lambda: "a".split(",", "x"),
          lambda: "a".split(",", 1, 2), lambda: "a".split(x=1), lambda: "a".split(",", maxsplit=1.5),
          lambda: "a".split(",", sep=",")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
