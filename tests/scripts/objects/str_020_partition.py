# partition and rpartition
s = "key=value=more"
print(s.partition("="), s.rpartition("="), s.partition("=="), s.rpartition("x"))
print(s.partition("key"), s.partition("more"), s.rpartition("key"), "".partition("a"))
print("é€😀€é".partition("€"), "é€😀€é".rpartition("€"), "aaa".partition("aa"), "aaa".rpartition("aa"))
t = "nosep"
p = t.partition(",")
print(p, p[0] is t, t.rpartition(",")[2] is t)
for f in (lambda: s.partition(""), lambda: s.rpartition(""), lambda: s.partition(1),
          lambda: s.partition(), lambda: s.rpartition(None)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
