# The empty string and one-character Latin-1 strings are cached singletons.
e = ""
print(e is str(), e is "abc"[5:], e is "".join([]), e is "x".strip("x"), e is chr(65)[1:])
s = "\xe9"
print(s is chr(233), s is "caf\xe9"[3], s is "\xe9x"[0])
u = "\u20ac"
print(u is chr(8364), chr(8364) is chr(8364))
print(chr(0) is chr(0), chr(255) is chr(255), chr(256) is chr(256))
word = "python"
print(word[0] is "p"[0], word[1] is chr(121), word[5] is word[-1])
print(str(5) is str(5), str(55) is str(55))
