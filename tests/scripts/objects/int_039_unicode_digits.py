def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: int("٣"))
t(lambda: int("١٢٣٤٥"))
t(lambda: int("-٧"))
t(lambda: int("\u2003 42 \u3000"))
t(lambda: int("４２"))
t(lambda: int("４２", 16))
t(lambda: int("٣x"))
t(lambda: int("é"))
t(lambda: int("१२३"))
t(lambda: int("1_٣"))
t(lambda: int("\xa0 7"))
t(lambda: int(" ", 10))
t(lambda: int("½"))
t(lambda: int("²"))
