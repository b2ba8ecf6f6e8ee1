# is* predicates beyond Latin-1
samples = ["中文", "٣٤٥", "Ⅻ", "①", "⁵", "𝟘", "½", "ǅ", "Σ", "ω", "ｆｕｌｌ", "\u2028",
           "\u3000", "\u200b", "😀", "𐐨", "ᾈ", "ß", "Ǳ", "ǲ", "ǳ", "க", "ि", "\ufeff",
           "\u0378", "a\u0301", "ℌ", "ℕ", "Ⓐ", "ⓐ", "\U0001d7ce", "፩", "〇"]
names = ["isalnum", "isalpha", "isdecimal", "isdigit", "isidentifier", "islower",
         "isnumeric", "isprintable", "isspace", "istitle", "isupper"]
for s in samples:
    print(ascii(s), "".join("1" if getattr(s, n)() else "0" for n in names))
print(int("٣٤٥"), int("１２"), float("١.٥"))
