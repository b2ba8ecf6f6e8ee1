# removeprefix / removesuffix
s = "prefix-body-suffix"
print(s.removeprefix("prefix-"), s.removesuffix("-suffix"), s.removeprefix("body"), s.removesuffix("body"))
print(s.removeprefix(""), s.removesuffix(""), "aaa".removeprefix("a"), "aaa".removesuffix("aa"))
print("é€x".removeprefix("é€"), "x😀".removesuffix("😀"), "ab".removeprefix("abc"), "".removesuffix("a"))
t = "same"
print(t.removeprefix("x") is t, t.removesuffix("") is t, t.removeprefix("") is t)
for f in (lambda: s.removeprefix(1), lambda: s.removesuffix(None), lambda: s.removeprefix(),
          lambda: s.removeprefix(("a",))):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
