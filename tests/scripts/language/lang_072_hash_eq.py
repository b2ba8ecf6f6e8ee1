class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return isinstance(o, P) and self.x == o.x
    def __hash__(self):
        return hash(self.x)
s = {P(1), P(1), P(2)}
print(len(s), P(1) in s, {P(3): 'v'}[P(3)])
class NoHash:
    def __eq__(self, o):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print(e)
try:
    {NoHash()}
except TypeError as e:
    print(e)
class Default:
    pass
a = Default()
print(a == a, a == Default(), hash(a) == hash(a))
print(hash(1) == hash(1.0), hash('a') == hash('a'), {1: 'int', 1.0: 'float'})
try:
    hash([])
except TypeError as e:
    print(e)
print((1, 2) == (1, 2), hash((1, 2)) == hash((1, 2)))
