a = 1; b = 2; c = a + b
print(a, b, c); print("same line");
if a: print("one-liner if")
for i in range(2): print(i); print(-i)
while False: pass
def f(): return 7
print(f())
class K: x = 5
print(K.x)
