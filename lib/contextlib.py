"""Utilities for with-statement contexts: contextmanager, suppress, closing, nullcontext,
ExitStack, redirect_stdout, redirect_stderr, ContextDecorator
(embedded into mnemo from lib/contextlib.py)."""

import sys as _sys
from functools import wraps as _wraps

__all__ = ["AbstractContextManager", "ContextDecorator", "ExitStack", "closing",
           "contextmanager", "nullcontext", "redirect_stderr", "redirect_stdout", "suppress"]


class AbstractContextManager:
    """An abstract base class for context managers: __enter__ returns self."""

    def __enter__(self):
        """Return `self` upon entering the runtime context."""
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        """Raise any exception triggered within the runtime context."""
        return None


class ContextDecorator:
    """A base class or mixin that enables context managers to work as decorators."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @_wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


# ==== contextmanager ====

class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """Helper for @contextmanager: drives a generator that yields exactly once."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, '__doc__', None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except StopIteration as exc:
            # The generator swallowed the exception (exc is a fresh StopIteration) unless
            # the exception thrown in was itself this StopIteration.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            # A StopIteration thrown in comes back wrapped by PEP 479: report it unchanged.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """@contextmanager decorator: turns a generator function yielding once into a factory
    of context managers; the yielded value is bound by `as`."""
    @_wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


# ==== small context managers ====

class closing(AbstractContextManager):
    """Context to automatically close something at the end of a block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """Context manager that does no additional processing; `as` binds enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class suppress(AbstractContextManager):
    """Context manager to suppress specified exceptions."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(_sys, self._stream))
        setattr(_sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(_sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Context manager for temporarily redirecting stdout to another file."""

    _stream = 'stdout'


class redirect_stderr(_RedirectStream):
    """Context manager for temporarily redirecting stderr to another file."""

    _stream = 'stderr'


# ==== ExitStack ====

class ExitStack(AbstractContextManager):
    """Context manager for dynamic management of a stack of exit callbacks; they run in
    LIFO order when the stack is closed or its with block ends."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Preserve the context stack by transferring it to a new instance."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Registers a callback with the standard __exit__ method signature (or an object
        with an __exit__ method); returns it, so it can be used as a decorator."""
        exit_method = getattr(type(exit), '__exit__', None)
        if exit_method is None:
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append((True, _bind(exit_method, exit)))
        return exit

    def enter_context(self, cm):
        """Enters the supplied context manager; its __exit__ is pushed onto the stack."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError("'%s.%s' object does not support the context manager protocol"
                            % (cls.__module__, cls.__qualname__)) from None
        result = enter(cm)
        self._exit_callbacks.append((True, _bind(exit, cm)))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers an arbitrary callback and arguments; it cannot suppress exceptions."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((False, _exit_wrapper))
        return callback

    def close(self):
        """Immediately unwind the context stack."""
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        # The exception raised by the with block (or None); later callbacks see the
        # exception current at their turn, chained onto what was pending before.
        frame_exc = _sys.exc_info()[1]
        pending = exc_details[1] if received_exc else None
        suppressed = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            details = (None, None, None) if pending is None \
                else (type(pending), pending, pending.__traceback__)
            try:
                if cb(*details):
                    suppressed = True
                    pending = None
            except BaseException as new_exc:
                _fix_context(new_exc, pending, frame_exc)
                pending = new_exc
                suppressed = False
        if pending is not None and (not received_exc or pending is not exc_details[1]):
            fixed_ctx = pending.__context__
            try:
                raise pending
            except BaseException:
                pending.__context__ = fixed_ctx
                raise
        return received_exc and pending is None


def _bind(func, obj):
    def bound(*args):
        return func(obj, *args)
    bound.__self__ = obj
    return bound


def _fix_context(new_exc, old_exc, frame_exc):
    # Make old_exc the __context__ of the chain ending in new_exc, as if the callbacks had
    # been nested with statements.
    while True:
        exc_context = new_exc.__context__
        if exc_context is None or exc_context is old_exc:
            return
        if exc_context is frame_exc:
            break
        new_exc = exc_context
    new_exc.__context__ = old_exc
