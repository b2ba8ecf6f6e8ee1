# isidentifier and isprintable details
for s in ["a", "_", "_1", "1a", "", "a b", "é", "€", "名字", "a·b", "·a", "℘", "℮", "x\u200c",
          "a-b", "class", "None", "ǅ", "ⅰ", "a\u0301", "\u0301", "𝔘𝔫", "😀"]:
    print(ascii(s), s.isidentifier(), s.isprintable())
for s in ["", " ", "\t", "abc", "\x7f", "\xa0", "\xad", "é", "\u2028", "\u200b", "\ue000", "\U000e0020", "\ufffd", "\U0001f600"]:
    print(ascii(s), s.isprintable())
