def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: int('1', 2, base=3))
t(lambda: int('1', base=3, x=1))
t(lambda: int('11', base=3))
t(lambda: (5).to_bytes(1, 'big', True))
t(lambda: (5).to_bytes(1, 'big', foo=True))
t(lambda: (5).to_bytes(1, 'big', length=1))
t(lambda: int.from_bytes())
t(lambda: int.from_bytes(bytes=b'\x01'))
t(lambda: (5).__round__(1, 2))
t(lambda: (5).__round__(ndigits=1))
t(lambda: int.__new__(int, '5'))
t(lambda: int.__new__(bool, 5))
t(lambda: bool.__new__(bool, 5))
t(lambda: (5).to_bytes(1, byteorder='big', signed=2))
