def early(x):
    if x < 0:
        return 'negative'
    for i in range(10):
        if i == x:
            return 'found %d' % i
    while True:
        return 'while'
print(early(-1), early(3), early(20))
def implicit():
    x = 1
print(implicit())
def multiple():
    return 1, 'two', [3]
a, b, c = multiple()
print(a, b, c, type(multiple()).__name__)
def in_with():
    class CM:
        def __enter__(self):
            return 'cm'
        def __exit__(self, *a):
            print('exit runs')
    with CM() as v:
        for i in range(3):
            try:
                return v + str(i)
            finally:
                print('finally', i)
print(in_with())
def nested_loops():
    for i in range(3):
        for j in range(3):
            if i * j == 2:
                return i, j
print(nested_loops())
def ret_lambda():
    return lambda: ret_lambda
print(ret_lambda()() is ret_lambda)
