# The builtin exception hierarchy.
classes = [
    BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration,
    ArithmeticError, ZeroDivisionError, OverflowError, AssertionError, AttributeError,
    EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError,
    NameError, UnboundLocalError, OSError, FileNotFoundError, PermissionError, RuntimeError,
    NotImplementedError, RecursionError, SyntaxError, IndentationError, TabError, TypeError,
    ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError, Warning, UserWarning,
    DeprecationWarning, ConnectionError, BrokenPipeError, TimeoutError,
]
for t in classes:
    print(t.__name__, [b.__name__ for b in t.__mro__])
print(issubclass(KeyError, LookupError), issubclass(KeyError, IndexError))
print(issubclass(RecursionError, RuntimeError), issubclass(SystemExit, Exception))
print(issubclass(FileNotFoundError, OSError), issubclass(OSError, Exception))
print(IOError is OSError, EnvironmentError is OSError)
print(isinstance(ValueError(), Exception), isinstance(KeyboardInterrupt(), Exception))
print(ValueError.__bases__, BaseException.__bases__, type(ValueError))
