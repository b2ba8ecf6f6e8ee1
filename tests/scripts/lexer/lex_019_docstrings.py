def f():
    '''A docstring.

    With several lines.
    '''
    return 1
print(f.__doc__)
class C:
    '''Class doc.'''
print(C.__doc__)
print(f())
