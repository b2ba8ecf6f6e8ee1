import io
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO("a\r\nb\rc\nd", newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines())
    s = io.StringIO(newline=nl)
    s.write("x\ny\r\n")
    print(repr(nl), repr(s.getvalue()))
    s.seek(0)
    print(repr(nl), list(s))
