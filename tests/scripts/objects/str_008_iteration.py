# iteration over str
print(type(iter("")).__name__, type(iter("abc")).__name__, type(iter("é")).__name__)
print(list("abc"), list(""), list("é€😀"), tuple("xy"))
it = iter("ab")
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(next(it, "done"))
for c in "h€😀":
    print(c, ord(c))
print([c * 2 for c in "xyz"], "".join(reversed("abc")))
print(sorted("banana"), set("aab") == {"a", "b"})
it = iter("abcd")
next(it)
print(it.__length_hint__(), list(it), it.__length_hint__())
print(iter(it) is it)
a, b, c = "xyz"
print(a, b, c)
print(*"ab", sep="-")
print(dict(zip("abc", range(3))), list(enumerate("hi")))
