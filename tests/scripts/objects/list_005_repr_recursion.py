a = [1, 2]
a.append(a)
print(a)
print(repr(a), str(a))
b = [a, [a]]
print(b)
t = (a,)
print(t)
c = []
d = [c]
c.append(d)
print(c, d)
class R:
    def __repr__(self):
        return 'R!'
print([R(), [R()], (R(),)])
print([[[[]]]], [(), ((),)])
print(['a\n', "q'", 'd"q', '\\'])
e = [1]
print(a == a, e == e)
