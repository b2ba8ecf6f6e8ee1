# ExitStack exception handling: suppression by push, chaining of callback exceptions.
from contextlib import ExitStack


def suppressor(*exc):
    print('suppressor got', exc[0].__name__ if exc[0] else None)
    return True


with ExitStack() as st:
    st.push(suppressor)
    raise ValueError('x')
print('suppressed')


def raiser(msg):
    def cb(*exc):
        raise KeyError(msg)
    return cb


try:
    with ExitStack() as st:
        st.push(raiser('first'))
        st.push(raiser('second'))
        raise ValueError('body')
except KeyError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
try:
    with ExitStack() as st:
        st.push(suppressor)
        st.push(raiser('late'))
except KeyError as e:
    print('not reached', e)
else:
    print('suppressed late error')
try:
    with ExitStack() as st:
        st.callback(print, 'callback still runs')
        raise IndexError('idx')
except IndexError as e:
    print(type(e).__name__, e)


def seen(*exc):
    print('seen', exc[0].__name__ if exc[0] else None)


try:
    with ExitStack() as st:
        st.push(seen)
        st.push(raiser('replaced'))
except KeyError as e:
    print(type(e).__name__, e, e.__context__)
