x = 1 + \
    2 + \
    3
print(x)
y = (1 +
     2 +
     3)
print(y)
z = [
    1,
    2,
]
print(z)
d = {
    'a': 1,
        'b': 2,
}
print(d)
if x == 6 and \
   y == 6:
    print("both")
s = 'abc\
def'
print(s)
print(max(1,
        2) if False else "call across lines")
