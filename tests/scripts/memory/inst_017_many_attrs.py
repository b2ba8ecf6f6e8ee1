# Past 30 names the shared keys are full and the instance gets a combined dict.
import sys
class C:
    pass
o = C()
for i in range(35):
    setattr(o, "n%d" % i, i)
    if i in (27, 28, 29, 30, 34):
        print(i, sys.getsizeof(o.__dict__) if i == 34 else len(vars(o)))
print(sum(getattr(o, "n%d" % i) for i in range(35)))
p = C()
p.n0 = 0
print(sys.getsizeof(p.__dict__))
