# staticmethod objects are callable (3.10+) and keep the function's attributes.
def helper(a, b=2):
    """helper doc"""
    return a * b


sm = staticmethod(helper)
print(sm(3), sm(3, 3), sm.__doc__, sm.__name__, sm.__module__)
print(sm.__wrapped__ is helper, callable(sm), callable(classmethod(helper)))


class C:
    h = sm

    @staticmethod
    def inside():
        return 'inside'

    table = [inside]


print(C.h(4), C().h(5), C.table[0](), C.inside())
sm.extra = 'x'
print(sm.extra, sorted(vars(sm)))
cm = classmethod(helper)
print(cm.__doc__, cm.__func__ is helper)
try:
    sm(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
