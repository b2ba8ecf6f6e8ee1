# is* predicates on ASCII and Latin-1
samples = ["", "abc", "ABC", "Abc", "aBC", "abc1", "123", "1.5", " ", "\t\n", "a b",
           "_x", "x_1", "1x", "Hello World", "Hello world", "HELLO WORLD", "\x00", "~!",
           "é", "É", "ß", "½", "²", "\xa0", "\x85", "ª", "µ", "×"]
names = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier",
         "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper"]
for s in samples:
    print(repr(s), "".join("1" if getattr(s, n)() else "0" for n in names))
print("abc".isalpha.__name__)
try:
    "a".isalpha(1)
except TypeError as e:
    print(type(e).__name__, e)
