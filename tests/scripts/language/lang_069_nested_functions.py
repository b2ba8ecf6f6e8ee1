def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            c = 3
            def level4():
                return a + b + c
            return level4
        return level3()
    return level2()
print(level1()())
def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def memoize(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_sq(n):
    return n * n
print(slow_sq(4), slow_sq(4), sorted(slow_sq.cache))
def make_stack():
    items = []
    def push(x):
        items.append(x)
    def pop():
        return items.pop()
    def size():
        return len(items)
    return push, pop, size
push, pop, size = make_stack()
push(1); push(2)
print(pop(), size())
def recursive_inner(n):
    def go(k):
        return 0 if k == 0 else k + go(k - 1)
    return go(n)
print(recursive_inner(10))
