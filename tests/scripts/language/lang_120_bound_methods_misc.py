class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
        return self
    def pop(self):
        return self.items.pop()
s = Stack()
push = s.push
for i in range(3):
    push(i)
print(s.items, s.pop(), Stack.pop(s))
methods = [s.push, s.pop]
print([m.__name__ for m in methods], methods[0].__self__ is s)
unbound = Stack.push
print(type(unbound).__name__, unbound(s, 'u').items)
print(s.push(1).push(2).items)
class Getter:
    def __getitem__(self, k):
        return k * 2
g = Getter()
get = g.__getitem__
print(get(4), list(map(g.__getitem__, [1, 2])))
print(str.upper('abc'), 'x'.join is not None)
