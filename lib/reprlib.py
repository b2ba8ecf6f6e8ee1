"""Helpers for reprs of recursive containers (embedded into mnemo from lib/reprlib.py)."""

__all__ = ["recursive_repr"]


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: a repr re-entered for the same object returns fillvalue."""

    def decorating_function(user_function):
        active = set()

        def wrapper(self):
            key = id(self)
            if key in active:
                return fillvalue
            active.add(key)
            try:
                return user_function(self)
            finally:
                active.discard(key)

        for name in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(wrapper, name, getattr(user_function, name, None))
        wrapper.__wrapped__ = user_function
        return wrapper

    return decorating_function
