tree = [ZeroDivisionError, OverflowError, KeyError, IndexError, NameError, UnboundLocalError,
        AttributeError, TypeError, ValueError, RecursionError, NotImplementedError,
        StopIteration, GeneratorExit, KeyboardInterrupt, SystemExit, MemoryError,
        FileNotFoundError, ModuleNotFoundError, AssertionError, UnicodeDecodeError]
for e in tree:
    print(e.__name__, [b.__name__ for b in e.__mro__[1:-1]])
def raises(exc):
    try:
        raise exc
    except ArithmeticError:
        return 'arith'
    except LookupError:
        return 'lookup'
    except Exception:
        return 'exception'
    except BaseException:
        return 'base'
print([raises(e) for e in [ZeroDivisionError, IndexError, ValueError, SystemExit, KeyError]])
