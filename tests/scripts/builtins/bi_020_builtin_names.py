import builtins
names = ['print', 'input', 'len', 'range', 'int', 'float', 'str', 'bytes', 'bool', 'list', 'tuple',
         'dict', 'set', 'frozenset', 'type', 'object', 'isinstance', 'issubclass', 'id', 'hash',
         'repr', 'format', 'abs', 'min', 'max', 'sum', 'sorted', 'reversed', 'enumerate', 'zip',
         'map', 'filter', 'any', 'all', 'iter', 'next', 'getattr', 'setattr', 'hasattr', 'delattr',
         'callable', 'chr', 'ord', 'hex', 'oct', 'bin', 'divmod', 'pow', 'round', 'super',
         'staticmethod', 'classmethod', 'property', 'vars', 'dir', 'globals', 'locals', 'slice',
         'ascii', 'exec', 'eval', 'compile', '__import__', '__build_class__', 'open']
print([n for n in names if not hasattr(builtins, n)])
print(getattr(builtins, 'None') is None)
print(getattr(builtins, 'True'), getattr(builtins, 'False'), getattr(builtins, 'Ellipsis'), getattr(builtins, 'NotImplemented'))
print(__debug__, EnvironmentError is OSError, IOError is OSError)
excs = ['BaseException', 'Exception', 'ValueError', 'TypeError', 'KeyError', 'IndexError', 'StopIteration',
        'RecursionError', 'MemoryError', 'GeneratorExit', 'KeyboardInterrupt', 'SystemExit', 'ZeroDivisionError',
        'AttributeError', 'NameError', 'UnboundLocalError', 'RuntimeError', 'NotImplementedError', 'OSError',
        'FileNotFoundError', 'ImportError', 'ModuleNotFoundError', 'LookupError', 'ArithmeticError',
        'OverflowError', 'AssertionError', 'SyntaxError', 'IndentationError', 'UnicodeDecodeError', 'Warning',
        'DeprecationWarning', 'UserWarning', 'EOFError', 'PermissionError', 'TimeoutError']
print([n for n in excs if not isinstance(getattr(builtins, n, None), type)])
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(ModuleNotFoundError, ImportError))
print(type(len).__name__, len.__name__, repr(len), repr(print))
print(builtins.len is len, builtins.list is list, __builtins__ is builtins or __builtins__ is vars(builtins))
print(enumerate, zip, map, filter, reversed, range, slice, list, tuple)
