# Ints from -5 to 256 are preallocated: every computation yielding one returns the singleton.
def same(a, b):
    return a is b
n = 200
print(same(n + 56, 256), same(n + 57, 257), same(n - 205, -5), same(n - 206, -6))
print(same(int("100"), 100), same(int("1000"), int("1000")), same(len("abc"), 3))
print(same(2 ** 8, 256), same(2 ** 9, 512), same(-n + 195, -5))
print([same(i, int(str(i))) for i in (-6, -5, 0, 255, 256, 257)])
small = [x for x in range(-10, 300) if same(x, x + 0) and same(x * 1, int(str(x)))]
print(small[0], small[-1], len(small))
