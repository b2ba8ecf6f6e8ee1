print([1, 2] == [1, 2], [1, 2] == [2, 1], [1] == (1,), [] == (), [1, [2]] == [1, [2]])
print([1, 2] < [1, 2, 3], [1, 3] > [1, 2, 99], [] < [0], [0] <= [], ['a'] < ['b'], [[1]] < [[2]])
print([1.0] == [1], [True] == [1], [float('nan')] == [float('nan')])
n = float('nan')
print([n] == [n], [n, 1] < [n, 2])
class E:
    def __init__(self, log):
        self.log = log
    def __eq__(self, o):
        self.log.append('eq')
        return True
log = []
e = E(log)
print([e, 1] == [E(log), 1], log)
print([1, 2, 3] != [1, 2, 4], not [1] == [1])
try:
    [1] < [None]
except TypeError as ex:
    print('TypeError', ex)
try:
    [1] < (1,)
except TypeError as ex:
    print('TypeError', ex)
print(sorted([[3], [1, 2], [1], []]))
print(max([[1, 2], [1, 3], [0, 9]]))
