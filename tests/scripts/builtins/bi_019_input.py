a = input()
print('got', repr(a))
b = input('prompt> ')
print('got', repr(b))
c = input()
print('got', repr(c))
try:
    input()
except EOFError as e:
    print('EOFError', e)
try:
    input(1, 2)
except TypeError as e:
    print('TypeError', e)
