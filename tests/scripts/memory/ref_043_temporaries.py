# Temporaries die before the next statement; rebinding kills the old object at once.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
D(1)
print("after temp")
x = D(2)
x = D(3)
print("rebound")
print(D(4).n)
print("after call")
def f():
    a = D(5)
    b = D(6)
    return 1
f()
print("after f")
del x
print("end")
