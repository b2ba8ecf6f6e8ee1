class Desc:
    def __get__(self, obj, typ):
        return 'data descr' if obj is not None else 'class access'
    def __set__(self, obj, v):
        print('descr set', v)
class NonData:
    def __get__(self, obj, typ):
        return 'non-data'
class C:
    d = Desc()
    n = NonData()
    plain = 'class plain'
c = C()
c.__dict__['d'] = 'instance d'
c.__dict__['n'] = 'instance n'
print(c.d, c.n, C.d, C.n)
c.d = 5
c.plain = 'instance plain'
print(c.plain, C.plain)
del c.plain
print(c.plain)
class P:
    x = 'P'
class Q(P):
    pass
class R(Q):
    x = 'R'
print(Q.x, R.x, R().x)
Q.x = 'Q'
print(Q.x, P.x, R.x)
del Q.x
print(Q().x)
