# OSError arguments, attributes, str, and the errno -> subclass mapping.
e = OSError(2, 'No such file or directory', 'x.py')
print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, e.args)
print(str(e), repr(e))
for code in [1, 2, 4, 10, 11, 13, 17, 20, 21, 32, 104, 110, 111, 3, 99999]:
    print(code, type(OSError(code, 'msg')).__name__)
print(str(OSError(2, 'no', 'f', None, 'g')), OSError(2, 'no', 'f', None, 'g').filename2)
print(str(OSError('just text')), OSError('just text').errno)
print(OSError(1, 2, 3, 4, 5, 6).args, str(OSError(1, 2, 3, 4, 5, 6)))
print(str(OSError(None, 'x')), str(OSError()))
print(type(FileNotFoundError(13, 'x')).__name__)
f = FileNotFoundError('nofile')
print(f.errno, str(f))
try:
    open('/definitely/not/here.txt')
except FileNotFoundError as ex:
    print(type(ex).__name__, ex.errno, ex.filename, ex)
except OSError as ex:
    print('OSError', ex)


class MyOSError(OSError):
    def __init__(self, msg):
        super().__init__(msg)
        self.extra = msg


m = MyOSError('custom')
print(m.args, m.errno, m.extra, str(m))
try:
    OSError(1, 'x', k=1)
except TypeError as ex:
    print('TypeError', ex)
print(isinstance(PermissionError(), OSError), issubclass(BlockingIOError, OSError))
