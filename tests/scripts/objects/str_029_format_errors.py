# str.format errors
tests = ["{", "}", "a}b", "{0", "{0!x}", "{0!}", "{0!rr}", "{}{0}", "{0}{}", "{1}", "{x}",
         "{0.}", "{0[}", "{0[0]x}", "{:{:{}}}", "{0!r", "{0:", "{ }", "{0]}", "{[}", "{:}}",
         "{!}", "{0[]}", "{a{b}", "{0:{}}", "{:d}", "{0:d}", "{:s}"]
for t in tests:
    try:
        print(repr(t), repr(t.format("v", [1], w=2)))
    except Exception as e:
        print(repr(t), type(e).__name__, e)
for f in (lambda: "{}".format(), lambda: "{0}".format(), lambda: "{a.b}".format(a=1),
          lambda: "{0[5]}".format([1]), lambda: "{0[k]}".format({}), lambda: "{:x}".format("s"),
          lambda: "{:d}".format(1.5), lambda: "{!s:10q}".format(1)):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
