# References CPython 3.11 holds while builtins and formatting call back into Python code:
# min/max and print get their arguments as a tuple, str.format too (and fetches each field
# with a new reference), '%' formatting borrows its single value, list repr borrows items.
import sys

class A:
    def __str__(self):
        print('  __str__', sys.getrefcount(self)); return 'a'
    def __repr__(self):
        print('  __repr__', sys.getrefcount(self)); return 'A'
    def __format__(self, spec):
        print('  __format__', sys.getrefcount(self)); return 'f'
    def __iter__(self):
        print('  __iter__', sys.getrefcount(self)); return iter([1])
    def __lt__(self, o):
        print('  __lt__', sys.getrefcount(self)); return True
    def __gt__(self, o):
        print('  __gt__', sys.getrefcount(self)); return True

a = A()
b = A()
print('min(a, b)'); min(a, b)
print('max(a, b)'); max(a, b)
print('min([a, b])'); min([a, b])
print('max(a)'); max(a)
print('max(a, default=0)'); max(a, default=0)
print('format'); '{}'.format(a)
print('format spec'); '{:x}'.format(a)
print('format kw'); '{k}'.format(k=a)
print('format_map'); '{k}'.format_map({'k': a})
print('f-string'); f'{a}'
print('f-string !r'); f'{a!r}'
print('format()'); format(a)
print('%s single'); '%s' % a
print('%r single'); '%r' % a
print('%s tuple'); '%s' % (a,)
print('%(k)s'); '%(k)s' % {'k': a}
print('list repr'); repr([a])
print('tuple repr'); repr((a,))
print('dict repr'); repr({1: a})
print('nested list repr'); repr([[a]])
print('print'); print(a)
print('print two'); print(a, b)
print('str(a)'); str(a)
print(sys.getrefcount(a), sys.getrefcount(b))
