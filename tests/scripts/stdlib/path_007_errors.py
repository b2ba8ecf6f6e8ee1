import os.path as p
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: p.basename(3))
t(lambda: p.dirname(None))
t(lambda: p.split([]))
t(lambda: p.splitext(1.5))
t(lambda: p.normpath(0))
t(lambda: p.isabs(7))
t(lambda: p.exists(12345678))
t(lambda: p.join())
t(lambda: p.abspath(3))
t(lambda: p.expanduser(5))
