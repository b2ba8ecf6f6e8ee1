# join over many iterables
print(",".join(["a", "b", "c"]), "".join(("x", "y")), "-".join([]), "-".join(["solo"]))
print(", ".join("abc"), "|".join(str(i) for i in range(5)), "€".join(["é", "😀"]))
print(" ".join({"k": 1, "j": 2}), "+".join(map(str, [1, 2, 3])), "".join(reversed("abc")))
x = "single"
print("sep".join([x]) is x, "sep".join((x,)) is x)
for f in (lambda: ",".join(1), lambda: ",".join([1]), lambda: ",".join(["a", 2]),
          lambda: ",".join(["a", b"b"]), lambda: ",".join(["a", None, "b"]), lambda: ",".join(),
          lambda: ",".join(["a"], ["b"])):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
def gen():
    yield "g1"
    yield "g2"
print("/".join(gen()), len("x".join(["ab"] * 1000)))
