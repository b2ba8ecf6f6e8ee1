# building strings in loops (in-place += when possible) keeps values and identities right
s = ""
for i in range(200):
    s += "ab"
print(len(s), s[:6], s[-4:], hash(s) == hash("ab" * 200))
t = "x"
u = t
t += "y"
print(t, u, t is u)
acc = "é"
for c in "€😀abc":
    acc += c
print(acc, len(acc), acc == "é€😀abc")
parts = []
w = "start"
for i in range(5):
    w += str(i)
    parts.append(w)
print(parts)
k = "key"
d = {k: 1}
k += "2"
print(d, k)
z = "a" * 10
z += ""
z += "b"
print(z, len(z))
