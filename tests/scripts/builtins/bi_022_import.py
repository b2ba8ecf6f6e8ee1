def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


m = __import__('sys')
print(m.__name__, type(m).__name__)
import sys
print(__import__('sys') is sys)
t(lambda: __import__('no_such_module_xyz'))
t(lambda: __import__(1))
t(lambda: __import__())
t(lambda: __import__('sys', level=-1))
