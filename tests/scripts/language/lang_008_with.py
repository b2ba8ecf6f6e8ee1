class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
        return self.suppress
with CM('a') as x:
    print('body', x)
with CM('b'), CM('c') as y:
    print('both', y)
with CM('s', True):
    raise ValueError('hidden')
print('after suppress')
try:
    with CM('p'):
        raise KeyError('shown')
except KeyError as e:
    print('propagated', e)
def f():
    with CM('r'):
        return 'ret'
print(f())
for i in range(2):
    with CM(str(i)):
        if i == 0:
            continue
        break
class NoCM:
    pass
try:
    with NoCM():
        pass
except TypeError as e:
    print(e)
