# random: the same seed gives the same sequence; Random instances are independent.
import random


def draw():
    return ([random.random() for _ in range(5)], [random.randint(0, 1000) for _ in range(5)],
            random.sample(range(50), 5), random.choice('abcdefgh'))


random.seed(12345)
first = draw()
random.seed(12345)
second = draw()
print(first == second)
random.seed(54321)
print(draw() != first)
r1 = random.Random(7)
r2 = random.Random(7)
print([r1.random() for _ in range(3)] == [r2.random() for _ in range(3)])
r3 = random.Random(8)
print(r3.random() != random.Random(7).random())
state = r1.getstate()
a = [r1.randrange(100) for _ in range(5)]
r1.setstate(state)
print(a == [r1.randrange(100) for _ in range(5)])
random.seed('text seed')
x = random.random()
random.seed('text seed')
print(x == random.random())
random.seed(3.25)
y = random.random()
random.seed(3.25)
print(y == random.random())
random.seed(-99)
z = random.random()
random.seed(99)
print(z == random.random())
lst1 = list(range(30))
lst2 = list(range(30))
random.Random(1).shuffle(lst1)
random.Random(1).shuffle(lst2)
print(lst1 == lst2, lst1 != list(range(30)))
g1 = random.Random(5)
g2 = random.Random(5)
print([g1.gauss(0, 1) for _ in range(4)] == [g2.gauss(0, 1) for _ in range(4)])
print(isinstance(random.Random(), random.Random))


class MyRandom(random.Random):
    pass


m = MyRandom(1)
print(0 <= m.random() < 1, type(m).__name__)
