# Attributes of specific exception types.
print(StopIteration().value, StopIteration(7).value, StopIteration(1, 2).value)
print(SystemExit().code, SystemExit(3).code, SystemExit('a', 'b').code)
e = ImportError('msg', name='mod', path='/p')
print(e.msg, e.name, e.path, e.args, str(e), repr(e))
print(ImportError('a', 'b').msg, str(ImportError()), ModuleNotFoundError('m').msg)
try:
    ImportError(bogus=1)
except TypeError as ex:
    print('TypeError', ex)
a = AttributeError('x', name='n', obj=5)
print(a.name, a.obj, a.args, AttributeError().name)
n = NameError('nm', name='q')
print(n.name, n.args, NameError().name)
try:
    NameError(obj=1)
except TypeError as ex:
    print('TypeError', ex)
s = SyntaxError('bad', ('f.py', 3, 5, 'x = (', 3, 6))
print(s.msg, s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset, str(s))
print(str(SyntaxError('m', ('dir/x.py', 1, 1, 't'))), str(SyntaxError('m', (None, 4, 1, 't'))))
print(str(SyntaxError()), SyntaxError('only').msg, SyntaxError('only').lineno)
try:
    SyntaxError('m', (1, 2))
except TypeError as ex:
    print('TypeError', ex)
print(IndentationError('i', ('a.py', 2, 1, 'x')))
try:
    raise StopIteration('v')
except StopIteration as st:
    print(st.value)
ex = Exception()
ex.custom = 1
print(ex.custom, ex.__dict__)
