# _weakrefset: WeakSet, a set that holds its elements through weak references.
# An element disappears from the set when it dies. While the set is being iterated, the
# references of dying elements are parked in _pending_removals and dropped when the last
# iteration ends, so iterating never sees the underlying set change size.
# weakref re-exports WeakSet; _IterationGuard is shared with the weak dictionaries.

from _weakref import ref

__all__ = ['WeakSet']


class _IterationGuard:
    # Context manager marking a weak container as being iterated. It holds the container
    # only weakly, so a suspended iterator does not keep it alive.

    def __init__(self, weakcontainer):
        self.weakcontainer = ref(weakcontainer)

    def __enter__(self):
        container = self.weakcontainer()
        if container is not None:
            container._iterating.add(self)
        return self

    def __exit__(self, e, t, b):
        container = self.weakcontainer()
        if container is None:
            return
        active = container._iterating
        active.remove(self)
        if not active:
            container._commit_removals()


class WeakSet:
    def __init__(self, data=None):
        self.data = set()

        # Called with the dead reference of an element; holds the set only weakly.
        def _remove(item, selfref=ref(self)):
            owner = selfref()
            if owner is None:
                return
            if owner._iterating:
                owner._pending_removals.append(item)
            else:
                owner.data.discard(item)
        self._remove = _remove
        self._pending_removals = []
        self._iterating = set()
        if data is not None:
            self.update(data)

    def _commit_removals(self):
        pending = self._pending_removals
        while pending:
            self.data.discard(pending.pop())

    def _flush(self):
        if self._pending_removals:
            self._commit_removals()

    def __iter__(self):
        with _IterationGuard(self):
            for wr in self.data:
                element = wr()
                if element is not None:
                    yield element

    def __len__(self):
        return len(self.data) - len(self._pending_removals)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __reduce__(self):
        return self.__class__, (list(self),), self.__getstate__()

    def add(self, item):
        self._flush()
        self.data.add(ref(item, self._remove))

    def clear(self):
        self._flush()
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        self._flush()
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            element = wr()
            if element is not None:
                return element

    def remove(self, item):
        self._flush()
        self.data.remove(ref(item))

    def discard(self, item):
        self._flush()
        self.data.discard(ref(item))

    def update(self, other):
        self._flush()
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result
    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        self._flush()
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(element) for element in other)
        return self

    def intersection(self, other):
        return self.__class__(element for element in other if element in self)
    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self._flush()
        self.data.intersection_update(ref(element) for element in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(element) for element in other)
    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(element) for element in other)
    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result
    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        self._flush()
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(element, self._remove)
                                                  for element in other)
        return self

    def union(self, other):
        return self.__class__(element for group in (self, other) for element in group)
    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __repr__(self):
        return repr(self.data)
