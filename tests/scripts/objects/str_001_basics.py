# str basics: len, indexing, truth, errors
s = "hello"
print(len(s), len(""), len("héllo"), len("€uro"), len("😀x"))
print(s[0], s[4], s[-1], s[-5])
print("é€😀"[0], "é€😀"[1], "é€😀"[2], "é€😀"[-1])
for bad in (5, -6, 100):
    try:
        s[bad]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    s["x"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[10**30]
except IndexError as e:
    print(type(e).__name__, e)
print(bool(""), bool("a"), not "", not " ")
print(s[True], s[False])
try:
    s[0] = "j"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
print(type(s).__name__, type(s[0]).__name__, isinstance(s, str))
print("" == str(), str() is "" or True)
x = "a" "b" 'c' """d"""
print(x, len(x))
print("tab\there", "nl\\n", 'q"q', "q'q")
