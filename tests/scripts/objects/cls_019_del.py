# __del__: timing, resurrection, exceptions in finalizers.
# compare: stderr
class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


a = D('a')
del a
print('after del a')
b = D('b')
b = None
print('after rebind')


def f():
    c = D('c')
    print('in f')


f()
print('after f')
lst = [D('x'), D('y')]
lst.pop()
print('popped')
del lst
print('list gone')
saved = []


class Phoenix:
    def __del__(self):
        print('phoenix del')
        saved.append(self)


p = Phoenix()
del p
print(len(saved))
saved.clear()
print('cleared again')


class Sub(D):
    pass


Sub('sub')
print('statement done')


class Raiser:
    def __del__(self):
        raise ValueError('oops')


r = Raiser()
del r
print('still running')
