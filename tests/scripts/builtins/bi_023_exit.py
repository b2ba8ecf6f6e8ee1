try:
    exit(3)
except SystemExit as e:
    print('SystemExit', e.code)
try:
    quit()
except SystemExit as e:
    print('SystemExit', e.code)
try:
    exit('message')
except SystemExit as e:
    print('SystemExit', e.code)
print('after')
