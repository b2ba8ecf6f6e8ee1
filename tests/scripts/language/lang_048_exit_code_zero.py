import sys
try:
    sys.exit(0)
except SystemExit as e:
    print('caught', e.code)
print('continuing')
raise SystemExit(4)
