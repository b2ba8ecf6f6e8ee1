import sys
print('exit with None')
try:
    sys.exit()
except SystemExit as e:
    print('code', e.code)
try:
    sys.exit(2)
except SystemExit as e:
    print('code', e.code)
try:
    raise SystemExit('msg')
except SystemExit as e:
    print('code', e.code)
sys.exit(7)
