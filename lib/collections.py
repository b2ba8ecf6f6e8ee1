"""Container datatypes: deque, namedtuple, defaultdict, OrderedDict, Counter, ChainMap
(embedded into mnemo from lib/collections.py)."""

import sys as _sys
from keyword import iskeyword as _iskeyword
from reprlib import recursive_repr as _recursive_repr

__all__ = ["ChainMap", "Counter", "OrderedDict", "defaultdict", "deque", "namedtuple"]


# ==== deque ====

class deque:
    """deque([iterable[, maxlen]]) --> a double-ended queue.

    The items live in self._data[self._lo:]; popleft leaves holes at the front that are
    reclaimed once they make up half the list, and appendleft grows the front in blocks,
    so both ends are amortized O(1)."""

    __slots__ = ('_data', '_lo', '_maxlen', '_state', '__weakref__')
    __hash__ = None

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._data = []
        self._lo = 0
        self._maxlen = maxlen
        self._state = 0
        if iterable is not self:
            self.extend(iterable)
        else:
            self.extend(list(iterable))

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def __len__(self):
        return len(self._data) - self._lo

    def _compact(self):
        if self._lo > 16 and self._lo * 2 > len(self._data):
            del self._data[:self._lo]
            self._lo = 0

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        if self._maxlen is not None and len(self._data) - self._lo >= self._maxlen:
            if self._maxlen == 0:
                return
            self._data[self._lo] = None
            self._lo += 1
            self._compact()
        self._data.append(x)

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        if self._maxlen is not None and len(self._data) - self._lo >= self._maxlen:
            if self._maxlen == 0:
                return
            self._data.pop()
        if self._lo == 0:
            pad = max(8, len(self._data))
            self._data[0:0] = [None] * pad
            self._lo = pad
        self._lo -= 1
        self._data[self._lo] = x

    def pop(self):
        """Remove and return the rightmost element."""
        if len(self._data) == self._lo:
            raise IndexError("pop from an empty deque")
        self._state += 1
        x = self._data.pop()
        if len(self._data) == self._lo:
            self._data.clear()
            self._lo = 0
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        lo = self._lo
        data = self._data
        if len(data) == lo:
            raise IndexError("pop from an empty deque")
        self._state += 1
        x = data[lo]
        data[lo] = None
        self._lo = lo + 1
        if self._lo == len(data):
            data.clear()
            self._lo = 0
        elif self._lo > 16:
            self._compact()
        return x

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen is None:
            self._state += 1
            self._data.extend(iterable)
            return
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        self._data.clear()
        self._lo = 0

    def _items(self):
        return self._data[self._lo:]

    def _reset(self, items):
        self._state += 1
        self._data = items
        self._lo = 0

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1). If n is negative, rotates left."""
        size = len(self)
        if size <= 1:
            return
        n = n % size
        if n:
            items = self._items()
            self._reset(items[-n:] + items[:-n])

    def count(self, value):
        """Return number of occurrences of value."""
        state = self._state
        total = 0
        for i in range(self._lo, len(self._data)):
            item = self._data[i]
            if item is value or item == value:
                total += 1
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return total

    def index(self, value, start=0, stop=_sys.maxsize):
        """Return first index of value. Raises ValueError if the value is not present."""
        size = len(self)
        if start < 0:
            start = max(start + size, 0)
        if stop < 0:
            stop += size
        stop = min(stop, size)
        state = self._state
        for i in range(start, stop):
            item = self._data[self._lo + i]
            if item is value or item == value:
                return i
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError('%r is not in deque' % (value,))

    def insert(self, index, value):
        """Insert value before index."""
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = self._items()
        items.insert(index, value)
        self._reset(items)

    def remove(self, value):
        """Remove first occurrence of value."""
        state = self._state
        for i in range(self._lo, len(self._data)):
            item = self._data[i]
            if item is value or item == value:
                if state != self._state:
                    raise IndexError("deque mutated during remove().")
                del self._data[i]
                self._state += 1
                return
        raise ValueError('%r is not in deque' % (value,))

    def reverse(self):
        """Reverse *IN PLACE*."""
        items = self._items()
        items.reverse()
        self._reset(items)

    def copy(self):
        """Return a shallow copy of a deque."""
        return self.__class__(self._items(), self._maxlen)

    __copy__ = copy

    def _index(self, i):
        size = len(self)
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__)
        if i < 0:
            i += size
        if i < 0 or i >= size:
            raise IndexError("deque index out of range")
        return self._lo + i

    def __getitem__(self, i):
        return self._data[self._index(i)]

    def __setitem__(self, i, value):
        self._data[self._index(i)] = value

    def __delitem__(self, i):
        del self._data[self._index(i)]
        self._state += 1

    def __iter__(self):
        state = self._state
        for i in range(len(self)):
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            yield self._data[self._lo + i]

    def __reversed__(self):
        state = self._state
        for i in range(len(self) - 1, -1, -1):
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            yield self._data[self._lo + i]

    def __contains__(self, value):
        for i in range(self._lo, len(self._data)):
            item = self._data[i]
            if item is value or item == value:
                return True
        return False

    def __bool__(self):
        return len(self._data) > self._lo

    @_recursive_repr('[...]')
    def __repr__(self):
        body = repr(self._items())
        name = type(self).__name__
        if self._maxlen is None:
            return '%s(%s)' % (name, body)
        return '%s(%s, maxlen=%d)' % (name, body, self._maxlen)

    def _cmp(self, other):
        if not isinstance(other, deque):
            return None
        return self._items(), other._items()

    def __eq__(self, other):
        pair = self._cmp(other)
        return NotImplemented if pair is None else pair[0] == pair[1]

    def __ne__(self, other):
        pair = self._cmp(other)
        return NotImplemented if pair is None else pair[0] != pair[1]

    def __lt__(self, other):
        pair = self._cmp(other)
        return NotImplemented if pair is None else pair[0] < pair[1]

    def __le__(self, other):
        pair = self._cmp(other)
        return NotImplemented if pair is None else pair[0] <= pair[1]

    def __gt__(self, other):
        pair = self._cmp(other)
        return NotImplemented if pair is None else pair[0] > pair[1]

    def __ge__(self, other):
        pair = self._cmp(other)
        return NotImplemented if pair is None else pair[0] >= pair[1]

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        return self.__class__(self._items() + other._items(), self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return self.__class__(self._items() * n, self._maxlen)

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._items() * n
        if self._maxlen is not None and len(items) > self._maxlen:
            items = items[len(items) - self._maxlen:]
        self._reset(items)
        return self


# ==== namedtuple ====

_tuple_new = tuple.__new__


def _check_name(name):
    if not isinstance(name, str) or not name.isidentifier():
        raise ValueError('Type names and field names must be valid identifiers: %r' % (name,))
    if _iskeyword(name):
        raise ValueError('Type names and field names cannot be a keyword: %r' % (name,))


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Return a new tuple subclass named typename whose fields are also attributes."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name) or name.startswith('_')
                    or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)
    for name in [typename] + field_names:
        _check_name(name)
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))

    field_names = tuple(map(_sys.intern, field_names))
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join(name + '=%r' for name in field_names) + ')'

    namespace = {'_tuple_new': _tuple_new}
    exec('def __new__(_cls, %s):\n    return _tuple_new(_cls, (%s))\n'
         % (', '.join(field_names), arg_list), namespace)
    __new__ = namespace['__new__']
    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, ', '.join(field_names))
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = _tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError('Expected %d arguments, got %d' % (num_fields, len(result)))
        return result

    _make.__func__.__doc__ = 'Make a new %s object from a sequence or iterable' % typename

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name, value) for name, value in zip(field_names, self)])
        if kwds:
            raise ValueError('Got unexpected field names: %r' % (list(kwds),))
        return result

    _replace.__doc__ = 'Return a new %s object replacing specified fields with new values' \
        % typename

    def __repr__(self):
        """Return a nicely formatted representation string"""
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """Return self as a plain tuple.  Used by copy and pickle."""
        return tuple(self)

    class_namespace = {
        '__doc__': '%s(%s)' % (typename, ', '.join(field_names)),
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = _TupleGetter(index, 'Alias for field number %d' % index)

    result = type(typename, (tuple,), class_namespace)
    for method in (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = typename + '.' + method.__name__

    if module is None:
        module = _caller_module()
    if module is not None:
        result.__module__ = module
    return result


class _TupleGetter:
    """Read-only descriptor for the field at a fixed index of a named tuple."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")


def _caller_module():
    # The module that called namedtuple(): two frames up from here, found through a
    # traceback because mnemo has no sys._getframe.
    try:
        raise Exception
    except Exception as exc:
        frame = exc.__traceback__.tb_frame
    try:
        return frame.f_back.f_back.f_globals.get('__name__', '__main__')
    except AttributeError:
        return None


# ==== defaultdict ====

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory."""

    __slots__ = ('default_factory',)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    @_recursive_repr()
    def _factory_repr(self):
        return repr(self.default_factory)

    def __repr__(self):
        factory = 'None' if self.default_factory is None else self._factory_repr()
        return '%s(%s, %s)' % (type(self).__name__, factory, dict.__repr__(self))

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = () if self.default_factory is None else (self.default_factory,)
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


# ==== OrderedDict ====

class OrderedDict(dict):
    """Dictionary that remembers insertion order; order matters when comparing two of them."""

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    def update(self, other=(), /, **kwds):
        """Update from a mapping or iterable of pairs, then from keyword arguments."""
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false)."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary (LIFO, or FIFO if not last)."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(self))
        return key, dict.pop(self, key)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    @_recursive_repr()
    def __repr__(self):
        if not self:
            return '%s()' % (self.__class__.__name__,)
        return '%s(%r)' % (self.__class__.__name__, list(self.items()))

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return self.__class__(self)

    __copy__ = copy

    def __reversed__(self):
        return reversed(list(dict.keys(self)))

    def __reduce__(self):
        return self.__class__, (), None, None, iter(self.items())

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# ==== Counter ====

def _count_key(item):
    return item[1]


class Counter(dict):
    """Dict subclass for counting hashable items; missing items count zero."""

    def __init__(self, iterable=None, /, **kwds):
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most common to the least."""
        ordered = sorted(self.items(), key=_count_key, reverse=True)
        return ordered if n is None else ordered[:max(n, 0)]

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        return _chain_repeats(self.items())

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if iterable is not None:
            if hasattr(iterable, 'keys'):
                if self:
                    for elem in iterable.keys():
                        self[elem] = iterable[elem] + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        if iterable is not None:
            if hasattr(iterable, 'keys'):
                for elem in iterable.keys():
                    self[elem] = self.get(elem, 0) - iterable[elem]
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)
        return '%s(%r)' % (self.__class__.__name__, shown)

    # Comparisons treat missing elements as having zero count.
    def _all(self, other, test):
        for key in set(self) | set(other):
            if not test(self[key], other[key]):
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all(other, _eq)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all(other, _le)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all(other, _ge)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [elem for elem, count in self.items() if not count > 0]:
            dict.__delitem__(self, elem)
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            if other_count > self[elem]:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _eq(a, b):
    return a == b


def _le(a, b):
    return a <= b


def _ge(a, b):
    return a >= b


def _chain_repeats(pairs):
    for elem, count in pairs:
        for _ in range(count):
            yield elem


# ==== ChainMap ====

class ChainMap:
    """A ChainMap groups several mappings into one view; lookups search them in order,
    writes and deletions go to the first one."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        seen = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                seen[key] = None
        return iter(seen)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def keys(self):
        return list(self)

    def items(self):
        return [(key, self[key]) for key in self]

    def values(self):
        return [self[key] for key in self]

    @_recursive_repr()
    def __repr__(self):
        return '%s(%s)' % (self.__class__.__name__, ', '.join(map(repr, self.maps)))

    def copy(self):
        """New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]"""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with a new map followed by all previous maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """New ChainMap from maps[1:]."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: {!r}'.format(key))

    def pop(self, key, *args):
        """Remove key from maps[0] and return its value."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: {!r}'.format(key))

    def popitem(self):
        """Remove and return an item pair from maps[0]."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def clear(self):
        """Clear maps[0], leaving maps[1:] intact."""
        self.maps[0].clear()

    def update(self, other=(), /, **kwds):
        self.maps[0].update(other, **kwds)

    def __eq__(self, other):
        return dict(self.items()) == dict(other.items()) if hasattr(other, 'items') \
            else NotImplemented
