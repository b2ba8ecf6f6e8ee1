class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), [x for x in Seq()])
a, b, c = Seq()
print(a, b, c)
class Cont:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in Cont(), 5 in Cont(), sorted(Cont(), reverse=True))
class Truth:
    def __len__(self):
        return 0
print(bool(Truth()), 'yes' if Truth() else 'no')
class T2:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(T2()))
it = iter([1, 2])
print(next(it), next(it), next(it, 'end'))
try:
    next(it)
except StopIteration:
    print('StopIteration')
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
d = {'a': 1, 'b': 2}
print([k for k in d], list(reversed([1, 2, 3])), list(enumerate(d)))
