def gen():
    x = yield 1
    print("got", x)
    yield from range(2)
    y = yield
    return y
g = gen()
print(next(g))
print(g.send("hi"))
print(next(g), next(g))
print(sum(i * i for i in range(5)))
