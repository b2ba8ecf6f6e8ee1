class C:
    def __init__(self):
        self.a = 1
c = C()
for expr in ['c.b', 'C.zz', '(5).foo', "'s'.nope", 'None.x', '[].push']:
    try:
        eval(expr)
    except AttributeError as e:
        print(expr, '->', e)
try:
    c.method()
except AttributeError as e:
    print(e)
try:
    (1).real = 5
except AttributeError as e:
    print(e)
import _helper_mod
try:
    _helper_mod.missing
except AttributeError as e:
    print(e)
print(getattr(c, 'a'), getattr(c, 'b', None))
