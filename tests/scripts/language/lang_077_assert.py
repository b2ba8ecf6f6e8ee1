def check(x):
    assert x > 0, 'x must be positive, got %d' % x
    return x
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print('AssertionError:', e)
try:
    assert [], 'empty list is falsy'
except AssertionError as e:
    print(e.args)
try:
    assert 0
except AssertionError as e:
    print(repr(e))
calls = []
def msg():
    calls.append(1)
    return 'lazy'
assert True, msg()
print(calls)
try:
    assert False, msg()
except AssertionError as e:
    print(e, calls)
assert (1, 2)
print('tuple ok')
