"""Iterator building blocks: count, cycle, repeat, accumulate, chain, compress, dropwhile,
filterfalse, groupby, islice, pairwise, starmap, takewhile, tee, zip_longest, product,
permutations, combinations, combinations_with_replacement
(embedded into mnemo from lib/itertools.py)."""

import sys as _sys

__all__ = ["accumulate", "chain", "combinations", "combinations_with_replacement", "compress",
           "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice", "pairwise",
           "permutations", "product", "repeat", "starmap", "takewhile", "tee", "zip_longest"]


class _GenIterator:
    """Base of the iterators below: arguments are checked eagerly in __init__, which then
    stores a generator in self._gen doing the work."""

    __slots__ = ('_gen',)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _is_number(x):
    if isinstance(x, (int, float)):
        return True
    return any(hasattr(type(x), name) for name in ('__index__', '__int__', '__float__',
                                                   '__complex__'))


# ==== infinite iterators ====

class count:
    """Return a count object whose .__next__() method returns consecutive values."""

    __slots__ = ('_value', '_step')

    def __init__(self, start=0, step=1):
        if not (_is_number(start) and _is_number(step)):
            raise TypeError('a number is required')
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and not isinstance(step, bool) and step == 1:
            return 'count(%r)' % (self._value,)
        return 'count(%r, %r)' % (self._value, step)


class cycle(_GenIterator):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence
    indefinitely."""

    __slots__ = ()

    def __init__(self, iterable):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        saved = []
        for element in it:
            yield element
            saved.append(element)
        while saved:
            for element in saved:
                yield element


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object for the
    specified number of times.  If not specified, returns the object endlessly."""

    __slots__ = ('_object', '_times')

    def __init__(self, object, times=None):
        if times is not None:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(times).__name__)
            times = max(times, 0)
        self._object = object
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._times)


# ==== iterators terminating on the shortest input ====

class accumulate(_GenIterator):
    """Return series of accumulated sums (or other binary function results)."""

    __slots__ = ()

    def __init__(self, iterable, func=None, *, initial=None):
        self._gen = self._run(iter(iterable), func, initial)

    @staticmethod
    def _run(it, func, initial):
        total = initial
        if initial is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        for element in it:
            total = total + element if func is None else func(total, element)
            yield total


class chain(_GenIterator):
    """Return a chain object whose .__next__() method returns elements from the first
    iterable until it is exhausted, then elements from the next iterable, until all of the
    iterables are exhausted."""

    __slots__ = ()

    def __init__(self, *iterables):
        self._gen = self._run(iterables)

    @staticmethod
    def _run(iterables):
        for iterable in iterables:
            yield from iterable

    @classmethod
    def from_iterable(cls, iterable):
        """Alternative chain() constructor taking a single iterable argument that evaluates
        lazily."""
        self = cls.__new__(cls)
        self._gen = cls._run(iterable)
        return self


class compress(_GenIterator):
    """Return data elements corresponding to true selector elements."""

    __slots__ = ()

    def __init__(self, data, selectors):
        self._gen = (d for d, s in zip(data, selectors) if s)


class dropwhile(_GenIterator):
    """Drop items from the iterable while predicate(item) is true."""

    __slots__ = ()

    def __init__(self, predicate, iterable):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        yield from it


class takewhile(_GenIterator):
    """Return successive entries from an iterable as long as the predicate evaluates to
    true for each entry."""

    __slots__ = ()

    def __init__(self, predicate, iterable):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                return
            yield x


class filterfalse(_GenIterator):
    """Return those items of iterable for which function(item) is false."""

    __slots__ = ()

    def __init__(self, function, iterable):
        if function is None:
            function = bool
        self._gen = (x for x in iterable if not function(x))


class starmap(_GenIterator):
    """Return an iterator whose values are returned from the function evaluated with an
    argument tuple taken from the given sequence."""

    __slots__ = ()

    def __init__(self, function, iterable):
        self._gen = (function(*args) for args in iterable)


class pairwise(_GenIterator):
    """Return an iterator of overlapping pairs taken from the input iterator."""

    __slots__ = ()

    def __init__(self, iterable):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield a, b
            a = b


def _as_index(value):
    # An int from value's __index__, or -1 when it has none (as CPython's islice reads it).
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), '__index__', None)
    return -1 if index is None else index(value)


class islice(_GenIterator):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object"""

    __slots__ = ()

    def __init__(self, iterable, *args):
        if len(args) == 0:
            raise TypeError('islice expected at least 2 arguments, got 1')
        if len(args) > 3:
            raise TypeError('islice expected at most 4 arguments, got %d' % (len(args) + 1))
        stop_msg = ('Stop argument for islice() must be None or an integer: '
                    '0 <= x <= sys.maxsize.')
        start, stop, step = 0, -1, 1
        if len(args) == 1:
            if args[0] is not None:
                stop = _as_index(args[0])
                if stop == -1:
                    raise ValueError(stop_msg)
        else:
            if args[0] is not None:
                start = _as_index(args[0])
            if args[1] is not None:
                stop = _as_index(args[1])
                if stop == -1:
                    raise ValueError(stop_msg)
            if len(args) == 3 and args[2] is not None:
                step = _as_index(args[2])
        if start < 0 or stop < -1:
            raise ValueError('Indices for islice() must be None or an integer: '
                             '0 <= x <= sys.maxsize.')
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer or None.')
        if stop == -1:
            stop = None
        self._gen = self._run(iter(iterable), start, stop, step)

    @staticmethod
    def _run(it, start, stop, step):
        # Consume exactly what CPython consumes: nothing past the last element returned
        # (or past start when the slice is empty).
        index = 0
        target = start
        while stop is None or target < stop:
            while index <= target:
                try:
                    element = next(it)
                except StopIteration:
                    return
                index += 1
            yield element
            target += step
        while index < stop:
            try:
                next(it)
            except StopIteration:
                return
            index += 1


class zip_longest(_GenIterator):
    """Return a zip_longest object whose .__next__() method returns tuples, filling the
    shorter iterables with fillvalue."""

    __slots__ = ()

    def __init__(self, *iterables, fillvalue=None):
        self._gen = self._run([iter(it) for it in iterables], fillvalue)

    @staticmethod
    def _run(sources, fillvalue):
        # sources[i] becomes None once that iterator is exhausted.
        remaining = len(sources)
        while remaining:
            row = []
            for i in range(len(sources)):
                source = sources[i]
                if source is not None:
                    try:
                        row.append(next(source))
                        continue
                    except StopIteration:
                        sources[i] = None
                        remaining -= 1
                        if not remaining:
                            return
                row.append(fillvalue)
            yield tuple(row)


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    __slots__ = ('_it', '_keyfunc', '_pending', '_key', '_token')

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._pending = None    # the (key, value) read ahead, not yet handed out
        self._key = _marker     # key of the group handed out last
        self._token = None      # identifies the live group; older groups stop

    def __iter__(self):
        return self

    def _fill(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._pending = (key, value)

    def __next__(self):
        self._token = token = object()
        while True:
            if self._pending is None:
                self._fill()
            key = self._pending[0]
            if self._key is _marker or not key == self._key:
                break
            self._pending = None
        self._key = key
        return key, self._group(token, key)

    def _group(self, token, key):
        while self._token is token:
            if self._pending is None:
                try:
                    self._fill()
                except StopIteration:
                    return
            if not self._pending[0] == key:
                return
            value = self._pending[1]
            self._pending = None
            yield value


_marker = object()


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    buffers = [[] for _ in range(n)]
    return tuple(_tee(it, buffers, buf) for buf in buffers)


class _tee(_GenIterator):
    __slots__ = ()

    def __init__(self, it, buffers, mine):
        self._gen = self._run(it, buffers, mine)

    @staticmethod
    def _run(it, buffers, mine):
        while True:
            if not mine:
                try:
                    value = next(it)
                except StopIteration:
                    return
                for buf in buffers:
                    buf.append(value)
            yield mine.pop(0)


# ==== combinatoric iterators ====

class product(_GenIterator):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""

    __slots__ = ()

    def __init__(self, *iterables, repeat=1):
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        # An odometer over the pools: the last wheel turns fastest.
        if any(len(pool) == 0 for pool in pools):
            return
        wheels = [0] * len(pools)
        while True:
            yield tuple(pool[w] for pool, w in zip(pools, wheels))
            pos = len(wheels) - 1
            while pos >= 0:
                wheels[pos] += 1
                if wheels[pos] < len(pools[pos]):
                    break
                wheels[pos] = 0
                pos -= 1
            if pos < 0:
                return


class permutations(_GenIterator):
    """Return successive r-length permutations of elements in the iterable."""

    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        elif r < 0:
            raise ValueError('r must be non-negative')
        self._gen = self._run(pool, r, [False] * len(pool), [])

    @staticmethod
    def _run(pool, r, used, chosen):
        # Depth-first over positions, so results come in lexicographic order of indices.
        if len(chosen) == r:
            yield tuple(pool[i] for i in chosen)
            return
        for i in range(len(pool)):
            if not used[i]:
                used[i] = True
                chosen.append(i)
                yield from permutations._run(pool, r, used, chosen)
                chosen.pop()
                used[i] = False


class combinations(_GenIterator):
    """Return successive r-length combinations of elements in the iterable."""

    __slots__ = ()

    def __init__(self, iterable, r):
        if r < 0:
            raise ValueError('r must be non-negative')
        self._gen = _pick(tuple(iterable), r, 0, [], 1)


class combinations_with_replacement(_GenIterator):
    """Return successive r-length combinations of elements in the iterable allowing
    individual elements to have successive repeats."""

    __slots__ = ()

    def __init__(self, iterable, r):
        if r < 0:
            raise ValueError('r must be non-negative')
        self._gen = _pick(tuple(iterable), r, 0, [], 0)


def _pick(pool, r, first, chosen, advance):
    # Index lists in increasing order (non-decreasing when advance is 0), depth-first.
    if len(chosen) == r:
        yield tuple(pool[i] for i in chosen)
        return
    for i in range(first, len(pool)):
        chosen.append(i)
        yield from _pick(pool, r, i + advance, chosen, advance)
        chosen.pop()
