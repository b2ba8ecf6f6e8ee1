# set displays, unpacking and comprehensions
a = [3, 1, 2]
print({*a}, {*a, *'xy'}, {0, *range(3), 9})
print({x % 5 for x in range(30)}, {c for c in 'hello'})
print({(x, y) for x in range(2) for y in range(2)})
s = {i for i in range(10) if i % 2}
print(s, type(s).__name__)
print({*{}, *set(), *()}, {*{'k': 1}})
print(len({*range(1000)}))
print({1, 2, 3} == {*[3, 2, 1]})
print(1 in {1, 2, 3}, 'a' in {'a', 'b'}, 5 not in {1})
def f(x):
    return x in {1, 2, 3}
print(f(2), f(4))
