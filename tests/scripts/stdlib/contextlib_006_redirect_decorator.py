# redirect_stdout / redirect_stderr and ContextDecorator.
import sys
from contextlib import redirect_stdout, redirect_stderr, ContextDecorator


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


cap = Capture()
with redirect_stdout(cap) as target:
    print('hidden', 1)
    print('line two')
print(target is cap, cap.parts)
err = Capture()
with redirect_stderr(err):
    sys.stderr.write('to stderr\n')
print(err.parts)
outer, inner = Capture(), Capture()
with redirect_stdout(outer):
    print('o1')
    with redirect_stdout(inner):
        print('i1')
    print('o2')
print(outer.parts, inner.parts)


class Traced(ContextDecorator):
    def __enter__(self):
        print('enter')
        return self

    def __exit__(self, *exc):
        print('exit', exc[0].__name__ if exc[0] else None)
        return False


@Traced()
def work(x):
    print('work', x)
    return x + 1


print(work(1), work.__name__)


@Traced()
def fails():
    raise ValueError('bad')


try:
    fails()
except ValueError as e:
    print('caught', e)
with Traced():
    print('as a with')
