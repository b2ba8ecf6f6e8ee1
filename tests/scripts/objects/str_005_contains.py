# substring membership
s = "hello world"
for sub in ("hello", "world", "o w", "", "xyz", "hello world!", "d", "H"):
    print(repr(sub), sub in s, sub not in s)
u = "aé€😀b"
print("é" in u, "€😀" in u, "😀b" in u, "x" in u, "" in u, "é€" in "€é")
print("€" in "abc", "a" in "€a", "😀" in "é")
for bad in (1, None, ["a"], b"a"):
    try:
        bad in s
    except TypeError as e:
        print(type(e).__name__, e)
print(s.__contains__("wor"), "ll" in "hello" * 3)
