print('a' 'b' "c" '''d''')
x = ('hello '
     'world')
print(x)
print('abc' r'\n' 'def')
print(u'uni' 'code')
y = (b'by'
     b'tes')
print(y)
print('x' f'{1+1}' 'y')
print(f'{2}' f'{3}' '4')
