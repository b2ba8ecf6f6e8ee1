# case mapping, including full mappings and final sigma
words = ["hello World", "ÉCOLE", "straße", "ǅungla", "ﬁre", "İstanbul", "ΣΊΣΥΦΟΣ",
         "ὈΔΥΣΣΕΎΣ", "ı", "µ", "ÿ", "ǈ", "abc123_XYZ", "", "ß", "Ǆ", "ŉ", "ΐ", "ᾳ", "ﬀ",
         "Ⅻ", "ⓐ", "𐐨𐐀", "Ꭰꭰ"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.casefold()))
    print("  ", repr(w.swapcase()), repr(w.capitalize()), repr(w.title()))
print("ΑΣ".lower(), "ΑΣ Β".lower(), "Σ".lower(), "ΑΣΑ".lower(), "Α.Σ".lower(), "ΑΣ'".lower())
print("hello wORLD".title(), "they're bill's".title(), "a1b2 c3".title(), "ŉx".title())
print("hELLO".capitalize(), "éCOLE".capitalize(), "ǆemal".capitalize(), "123abc".capitalize())
print("AbC".swapcase(), "ß".swapcase(), "ǅ".swapcase())
s = "MiXeD"
print(s.upper() is s, s.lower() == "mixed")
