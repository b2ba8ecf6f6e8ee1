# The `except ... as e` name holds the exception, and is deleted at the end of the handler.
import sys
try:
    raise ValueError("x")
except ValueError as e:
    print(sys.getrefcount(e))
print("e" in globals())
def f():
    try:
        1 / 0
    except ZeroDivisionError as err:
        return sys.getrefcount(err)
print(f())
