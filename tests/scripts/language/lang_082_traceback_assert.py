# compare: stderr
def validate(x):
    assert x < 10, 'value too large: %d' % x
    return x
print(validate(5))
validate(50)
