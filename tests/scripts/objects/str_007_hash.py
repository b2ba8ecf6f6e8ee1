# hashes equal CPython's with PYTHONHASHSEED=0
for s in ["", "a", "b", "ab", "abc", "hello world", "é", "€", "😀", "aé", "é€😀",
          "x" * 100, "\x00", "Ā", "中文字符"]:
    print(repr(s), hash(s))
d = {"a": 1, "é": 2, "€": 3, "😀": 4}
print(d["a"], d["é"], d["€"], d["😀"])
print(hash("abc") == hash("ab" + "c"), hash("é") == hash("é"[0:1]))
s = {"x", "y", "x", "é"}
print(len(s), sorted(s))
print(hash("é€"[:1]) == hash("é"))
