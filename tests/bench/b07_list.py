# List operations: append, comprehension, sort, slicing, reverse, sum.
def run(n):
    data = []
    for i in range(n):
        data.append((i * 7919) % 10007)
    squares = [x * x for x in data if x % 3]
    data.sort()
    top = data[-10:]
    rev = data[::-1]
    chunks = [sum(data[i:i + 100]) for i in range(0, len(data), 100)]
    evens = list(filter(lambda x: x % 2 == 0, data))
    return sum(squares) % 1000003, top[0], rev[0], max(chunks), len(evens)

for _ in range(3):
    r = run(200_000)
print(r)
