# compare: stderr
class AppError(Exception):
    pass

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise AppError("bad number: " + s) from e

def load():
    try:
        parse("x1")
    except AppError:
        raise RuntimeError("load failed")

load()
