# random: error messages for bad arguments.
import random

cases = [
    lambda: random.choice([]),
    lambda: random.choice(''),
    lambda: random.randrange(0),
    lambda: random.randrange(-5),
    lambda: random.randrange(5, 5),
    lambda: random.randrange(10, 2),
    lambda: random.randrange(0, 10, 0),
    lambda: random.randrange(0, 10, -1),
    lambda: random.randint(5, 1),
    lambda: random.sample([1, 2], 3),
    lambda: random.sample([1, 2], -1),
    lambda: random.sample({1, 2}, 1),
    lambda: random.choices('ab', 2),
    lambda: random.choices('ab', weights=[1], k=2),
    lambda: random.choices('ab', weights=[0, 0]),
    lambda: random.choices('ab', weights=[1, 1], cum_weights=[1, 2]),
    lambda: random.getrandbits(-1),
    lambda: random.randrange('a'),
    lambda: random.seed([1]),
    lambda: random.Random().setstate((1, (), None)),
]
for case in cases:
    try:
        case()
    except Exception as e:
        print(type(e).__name__, e)
