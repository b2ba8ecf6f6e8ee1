import io
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
s = io.StringIO("ab\ncd")
t(lambda: s.write(3))
t(lambda: s.read("x"))
t(lambda: s.fileno())
t(lambda: io.StringIO(5))
t(lambda: io.StringIO("", newline="x"))
t(lambda: io.StringIO("", newline=5))
t(lambda: io.BytesIO("x"))
t(lambda: io.BytesIO().write("x"))
t(lambda: io.BytesIO().seek(-1))
t(lambda: io.BytesIO().seek(0, 3))
t(lambda: io.BytesIO().fileno())
t(lambda: io.BytesIO().truncate(-2))
s.close()
t(lambda: s.getvalue())
t(lambda: s.read())
t(lambda: s.write("x"))
t(lambda: s.closed)
b = io.BytesIO(b"x")
b.close()
t(lambda: b.getvalue())
t(lambda: b.read())
t(lambda: b.closed)
try:
    io.StringIO().fileno()
except OSError as e:
    print("caught as OSError", isinstance(e, ValueError))
