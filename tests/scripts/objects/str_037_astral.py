# strings with astral code points
s = "a😀b🎉c"
print(len(s), s[1], s[3], s[-2], s.find("🎉"), s.index("c"), s.count("😀"))
print(s.upper(), s.split("😀"), s.replace("🎉", "!"), s[::-1], s.encode())
print([hex(ord(c)) for c in s], chr(0x1f600) == "😀", "\U0001f600" == "😀")
print(s.center(9, "*"), s.zfill(7), s.partition("😀"), s * 2)
print(ascii(s), repr(s), "😀" < "😁", "😀" > "\uffff", sorted("😀a€é"))
print("𐐨".upper(), "𐐀".lower(), "𐐨".isupper(), "𐐀".isupper(), "𝟘".isdigit(), "𝟘".isdecimal())
t = "".join(chr(c) for c in range(0x1f600, 0x1f605))
print(t, len(t), t[2:4], t.find("\U0001f603"))
print(b"\xf0\x9f\x98\x80".decode(), "\U00010000", ascii("\U0010ffff"))
