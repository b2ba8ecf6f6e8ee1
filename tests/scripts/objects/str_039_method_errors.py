# argument-count and type errors of str methods
tests = [lambda: "a".upper(1), lambda: "a".lower(None), lambda: "a".isdigit(1),
         lambda: "a".join(), lambda: "a".zfill(), lambda: "a".partition(), lambda: "a".center(),
         lambda: "a".center(1, 2, 3), lambda: "a".strip(1, 2), lambda: "a".replace(),
         lambda: "a".split(1, 2, 3), lambda: "a".find(), lambda: "a".count(1, 2, 3, 4),
         lambda: "a".startswith(), lambda: "a".encode(1, 2, 3), lambda: "a".center(x=1),
         lambda: "a".find("a", x=1), lambda: "a".expandtabs(1, 2), lambda: "a".splitlines(1, 2),
         lambda: "a".format_map(), lambda: "a".translate(), lambda: "a".removeprefix(),
         lambda: str.upper(1), lambda: str.join(",", 1), lambda: "a".title(1), lambda: "a".swapcase(1)]
for f in tests:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
