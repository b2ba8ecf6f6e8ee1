# split, rsplit, splitlines, partition, strip
b = b"  a b\tc\n d  "
print(b.split(), b.rsplit(), b.split(None, 1), b.rsplit(None, 1), b"".split(), b"   ".split())
print(b"a,b,,c".split(b","), b"a,b,c".split(b",", 1), b"a,b,c".rsplit(b",", 1), b"abc".split(b"x"))
print(b"x\ny\r\nz\rw".splitlines(), b"x\ny\r\n".splitlines(True), b"".splitlines())
print(b"k=v=w".partition(b"="), b"k=v=w".rpartition(b"="), b"none".partition(b"="), b"none".rpartition(b"="))
print(b.strip(), b.lstrip(), b.rstrip(), b"xxaxx".strip(b"x"), b"abcba".strip(b"ab"), b"a".strip(None))
print(b"\x0b\x0cq\x1c".strip(), b"\xa0q".strip())
print(b"pre-body".removeprefix(b"pre-"), b"body-suf".removesuffix(b"-suf"), b"x".removeprefix(b"y"))
for f in (lambda: b.split(","), lambda: b.split(b""), lambda: b.strip("a"), lambda: b.partition(b""),
          lambda: b.partition("="), lambda: b.split(b",", 1, 2), lambda: b.removeprefix("a")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
