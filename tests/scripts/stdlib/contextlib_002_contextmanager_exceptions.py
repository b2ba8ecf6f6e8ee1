# contextmanager exception semantics: propagation, suppression, conversion, misuse errors.
from contextlib import contextmanager


@contextmanager
def watch():
    try:
        yield
    except ValueError as e:
        print('seen', e)
        raise


try:
    with watch():
        raise ValueError('boom')
except ValueError as e:
    print('propagated', e)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))


with swallow():
    raise KeyError('k')
print('after swallow')
try:
    with swallow():
        raise IndexError('not swallowed')
except IndexError as e:
    print('passes', e)


@contextmanager
def twice():
    yield 1
    yield 2


try:
    with twice():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)


@contextmanager
def never():
    if False:
        yield


try:
    with never():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)


@contextmanager
def yield_again():
    try:
        yield
    except ValueError:
        yield


try:
    with yield_again():
        raise ValueError
except RuntimeError as e:
    print(type(e).__name__, e)


@contextmanager
def convert():
    try:
        yield
    except ValueError as e:
        raise TypeError('converted') from e


try:
    with convert():
        raise ValueError('orig')
except TypeError as e:
    print(e, repr(e.__cause__))


@contextmanager
def plain():
    yield


for exc in (StopIteration('si'), RuntimeError('rt'), GeneratorExit(), KeyboardInterrupt()):
    try:
        with plain():
            raise exc
    except BaseException as e:
        print(type(e).__name__, e is exc)


@contextmanager
def cleanup_fails():
    try:
        yield
    finally:
        raise OSError('cleanup')


try:
    with cleanup_fails():
        raise ValueError('body')
except OSError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
