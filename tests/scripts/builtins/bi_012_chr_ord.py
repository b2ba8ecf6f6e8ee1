def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(chr(65), chr(97), chr(0x20AC), chr(0x1F600), repr(chr(0)), chr(0x10FFFF) == '\U0010FFFF', repr(chr(10)))
print(ord('A'), ord('€'), ord('\U0001F600'), ord(b'a'), ord('\x00'), ord(chr(300)))
class I:
    def __index__(self):
        return 66
print(chr(I()), chr(True))
t(lambda: chr(-1))
t(lambda: chr(0x110000))
t(lambda: chr('a'))
t(lambda: chr(1.5))
t(lambda: chr(2**40))
t(lambda: chr())
t(lambda: ord(''))
t(lambda: ord('ab'))
t(lambda: ord(b'ab'))
t(lambda: ord(1))
t(lambda: ord(None))
t(lambda: ord([]))
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
