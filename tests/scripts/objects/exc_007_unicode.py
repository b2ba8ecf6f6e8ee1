# UnicodeDecodeError / UnicodeEncodeError / UnicodeTranslateError.
u = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'invalid start byte')
print(str(u), repr(u))
print(u.encoding, u.object, u.start, u.end, u.reason)
print(UnicodeDecodeError('utf-8', b'abc', 0, 3, 'bad'))
print(UnicodeEncodeError('ascii', 'a\xe9b', 1, 2, 'ordinal not in range(128)'))
print(UnicodeEncodeError('ascii', 'a\u20acb', 1, 2, 'r'))
print(UnicodeEncodeError('ascii', 'ab\U0001f600', 2, 3, 'r'))
print(UnicodeEncodeError('ascii', 'abc', 0, 3, 'r'))
print(UnicodeTranslateError('a\xe9', 1, 2, 'r'), UnicodeTranslateError('abc', 0, 2, 'x'))
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e, e.start, e.end)
try:
    'caf\xe9'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    UnicodeDecodeError('utf-8', 'str', 0, 1, 'r')
except TypeError as e:
    print('TypeError', e)
try:
    UnicodeDecodeError('utf-8')
except TypeError as e:
    print('TypeError', e)
print(issubclass(UnicodeDecodeError, ValueError), UnicodeError('x').args)
