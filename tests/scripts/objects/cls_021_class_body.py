# Class bodies: namespace, ordering, names visible only through the class.
x = 'global x'


class C:
    x = 'class x'
    y = x + '!'
    items = [i * 2 for i in range(3)]
    print('executing body', x)

    def get_x(self):
        return x

    def get_cls_x(self):
        return self.x

    def __init__(self):
        self.n = len(C.items)


c = C()
print(C.y, C.items, c.get_x(), c.get_cls_x(), c.n)
print([k for k in C.__dict__ if not k.startswith('__')])


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count


a, b, d = Counter(), Counter(), Counter()
print(Counter.count, a.id, b.id, d.id)


class Outer:
    class Inner:
        value = 5

        def show(self):
            return Outer.Inner.value

    def make(self):
        return self.Inner()


print(Outer().make().show(), Outer.Inner.__qualname__)


def factory(n):
    class Made:
        size = n

        def get(self):
            return self.size
    return Made


M1, M2 = factory(1), factory(2)
print(M1().get(), M2().get(), M1 is M2, M1.__qualname__)


class Empty:
    pass


print(Empty.__name__, bool(Empty), Empty() is Empty())
