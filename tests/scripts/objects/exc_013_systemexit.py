# SystemExit, KeyboardInterrupt and BaseException catching rules.
import sys
for args in [(), (0,), (2,), ('message',), (1, 2)]:
    try:
        raise SystemExit(*args)
    except SystemExit as e:
        print(repr(e), e.code, e.args)
try:
    sys.exit(3)
except SystemExit as e:
    print('sys.exit', e.code)
try:
    sys.exit()
except SystemExit as e:
    print('sys.exit()', e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print('not here')
except BaseException as e:
    print('BaseException caught', type(e).__name__)
try:
    raise GeneratorExit('g')
except Exception:
    print('not here')
except BaseException as e:
    print(repr(e))
print(issubclass(SystemExit, BaseException), issubclass(SystemExit, Exception))
e = SystemExit(5)
e.code = 7
print(e.code, e.args)
