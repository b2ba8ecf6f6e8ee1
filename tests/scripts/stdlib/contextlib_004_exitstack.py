# contextlib.ExitStack: enter_context, callback, push, pop_all, close; LIFO order.
from contextlib import ExitStack, contextmanager


@contextmanager
def res(name):
    print('open', name)
    yield name
    print('close', name)


with ExitStack() as stack:
    names = [stack.enter_context(res(n)) for n in 'abc']
    stack.callback(print, 'callback', 1, sep='-')
    print('using', names)
print('done')
stack = ExitStack()
stack.callback(print, 'deferred')
moved = stack.pop_all()
stack.close()
print('first closed')
moved.close()
moved.close()


def exit_cb(exc_type, exc, tb):
    print('push saw', exc_type)


class CM:
    def __enter__(self):
        print('CM enter')
        return self

    def __exit__(self, *exc):
        print('CM exit', exc[0])


with ExitStack() as stack:
    stack.push(exit_cb)
    stack.push(CM())
    print(stack.enter_context(CM()) is not None)
cb = ExitStack().callback(len)
print(cb is len)
with ExitStack() as stack:
    @stack.callback
    def on_exit():
        print('decorated callback')
    print('body')
try:
    with ExitStack() as stack:
        stack.enter_context(5)
except TypeError as e:
    print(type(e).__name__, e)
