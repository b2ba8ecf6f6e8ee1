# lib/tracemalloc.py - the tracemalloc module: snapshots of the traces recorded by the C module
# _tracemalloc (runtime/tracemalloc.c), grouped into statistics, compared, filtered and printed
# exactly as CPython 3.11 prints them.
# mnemo has no pickle: Snapshot.dump/load write and read the traces as a Python literal, so a
# dump can be loaded back by mnemo (not by CPython).
# See also: lib/mod_tracemalloc.c, runtime/tracemalloc.c

from functools import total_ordering
import os.path

from _tracemalloc import (start, stop, is_tracing, clear_traces, get_traced_memory,
                          reset_peak, get_tracemalloc_memory, get_traceback_limit)
from _tracemalloc import _get_object_traceback, _get_traces

# The code of this module reports this file name, so Filter(False, tracemalloc.__file__)
# leaves out the allocations made by take_snapshot() and friends, as it does in CPython.
__file__ = "<frozen tracemalloc>"


def _format_size(size, sign):
    units = ('B', 'KiB', 'MiB', 'GiB', 'TiB')
    for i in range(len(units)):
        unit = units[i]
        if unit != 'B' and abs(size) < 100:
            fmt = "%+.1f %s" if sign else "%.1f %s"
            return fmt % (size, unit)
        if abs(size) < 10 * 1024 or unit == 'TiB':
            fmt = "%+.0f %s" if sign else "%.0f %s"
            return fmt % (size, unit)
        size /= 1024


class _SequenceMixin:
    # What collections.abc.Sequence would give: iteration, reversed, index and count on top
    # of __len__ and __getitem__.
    __slots__ = ()

    def __iter__(self):
        i = 0
        n = len(self)
        while i < n:
            yield self[i]
            i += 1

    def __reversed__(self):
        i = len(self) - 1
        while i >= 0:
            yield self[i]
            i -= 1

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class Statistic:
    """
    Statistic difference on memory allocations between two Snapshot instance.
    """

    __slots__ = ('traceback', 'size', 'count')

    def __init__(self, traceback, size, count):
        self.traceback = traceback
        self.size = size
        self.count = count

    def __hash__(self):
        return hash((self.traceback, self.size, self.count))

    def __eq__(self, other):
        return ((self.traceback, self.size, self.count)
                == (other.traceback, other.size, other.count))

    def __str__(self):
        text = "%s: size=%s, count=%i" % (self.traceback, _format_size(self.size, False),
                                          self.count)
        if self.count:
            text += ", average=%s" % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return '<Statistic traceback=%r size=%i count=%i>' % (self.traceback, self.size,
                                                              self.count)

    def _sort_key(self):
        return (self.size, self.count, self.traceback)


class StatisticDiff:
    """
    Statistic difference on memory allocations between an old and a new
    Snapshot instance.
    """

    __slots__ = ('traceback', 'size', 'size_diff', 'count', 'count_diff')

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size = size
        self.size_diff = size_diff
        self.count = count
        self.count_diff = count_diff

    def _fields(self):
        return (self.traceback, self.size, self.size_diff, self.count, self.count_diff)

    def __hash__(self):
        return hash(self._fields())

    def __eq__(self, other):
        return self._fields() == other._fields()

    def __str__(self):
        text = "%s: size=%s (%s), count=%i (%+i)" % (
            self.traceback, _format_size(self.size, False), _format_size(self.size_diff, True),
            self.count, self.count_diff)
        if self.count:
            text += ", average=%s" % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return '<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>' % (
            self.traceback, self.size, self.size_diff, self.count, self.count_diff)

    def _sort_key(self):
        return (abs(self.size_diff), self.size, abs(self.count_diff), self.count,
                self.traceback)


def _compare_grouped_stats(old_group, new_group):
    result = []
    for tb, new in new_group.items():
        old = old_group.pop(tb, None)
        if old is None:
            result.append(StatisticDiff(tb, new.size, new.size, new.count, new.count))
        else:
            result.append(StatisticDiff(tb, new.size, new.size - old.size,
                                        new.count, new.count - old.count))
    for tb, old in old_group.items():
        result.append(StatisticDiff(tb, 0, -old.size, 0, -old.count))
    return result


@total_ordering
class Frame:
    """
    Frame of a traceback.
    """

    __slots__ = ("_frame",)

    def __init__(self, frame):
        # frame: (filename, lineno)
        self._frame = frame

    @property
    def filename(self):
        return self._frame[0]

    @property
    def lineno(self):
        return self._frame[1]

    def __eq__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame == other._frame

    def __lt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame < other._frame

    def __hash__(self):
        return hash(self._frame)

    def __str__(self):
        return "%s:%s" % (self.filename, self.lineno)

    def __repr__(self):
        return "<Frame filename=%r lineno=%r>" % (self.filename, self.lineno)


_line_cache = {}


def _getline(filename, lineno):
    # linecache.getline for source files: '' when the file or the line does not exist.
    lines = _line_cache.get(filename)
    if lines is None:
        try:
            with open(filename, encoding='utf-8') as f:
                lines = f.readlines()
        except (OSError, UnicodeError, ValueError, TypeError):
            lines = []
        _line_cache[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


@total_ordering
class Traceback(_SequenceMixin):
    """
    Sequence of Frame instances sorted from the oldest frame
    to the most recent frame.
    """

    __slots__ = ("_frames", "_total_nframe")

    def __init__(self, frames, total_nframe=None):
        # _tracemalloc gives the most recent frame first; a Traceback keeps the oldest first.
        self._frames = tuple(reversed(frames))
        self._total_nframe = total_nframe

    @property
    def total_nframe(self):
        return self._total_nframe

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Frame(f) for f in self._frames[index])
        return Frame(self._frames[index])

    def __contains__(self, frame):
        return frame._frame in self._frames

    def __hash__(self):
        return hash(self._frames)

    def __eq__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames == other._frames

    def __lt__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames < other._frames

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        text = "<Traceback %s" % (tuple(self),)
        if self._total_nframe is None:
            return text + ">"
        return text + " total_nframe=%s>" % (self._total_nframe,)

    def format(self, limit=None, most_recent_first=False):
        if limit is None:
            frames = tuple(self)
        elif limit > 0:
            frames = self[-limit:]
        else:
            frames = self[:limit]
        if most_recent_first:
            frames = tuple(reversed(frames))
        lines = []
        for frame in frames:
            lines.append('  File "%s", line %s' % (frame.filename, frame.lineno))
            source = _getline(frame.filename, frame.lineno).strip()
            if source:
                lines.append('    %s' % source)
        return lines


def get_object_traceback(obj):
    """
    Get the traceback where the Python object *obj* was allocated.
    Return a Traceback instance.

    Return None if the tracemalloc module is not tracing memory allocations or
    did not trace the allocation of the object.
    """
    frames = _get_object_traceback(obj)
    if frames is None:
        return None
    return Traceback(frames)


class Trace:
    """
    Trace of a memory block.
    """

    __slots__ = ("_trace",)

    def __init__(self, trace):
        # trace: (domain, size, frames, total_nframe)
        self._trace = trace

    @property
    def domain(self):
        return self._trace[0]

    @property
    def size(self):
        return self._trace[1]

    @property
    def traceback(self):
        return Traceback(*self._trace[2:])

    def __eq__(self, other):
        if not isinstance(other, Trace):
            return NotImplemented
        return self._trace == other._trace

    def __hash__(self):
        return hash(self._trace)

    def __str__(self):
        return "%s: %s" % (self.traceback, _format_size(self.size, False))

    def __repr__(self):
        return "<Trace domain=%s size=%s, traceback=%r>" % (
            self.domain, _format_size(self.size, False), self.traceback)


class _Traces(_SequenceMixin):
    def __init__(self, traces):
        self._traces = traces

    def __len__(self):
        return len(self._traces)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Trace(t) for t in self._traces[index])
        return Trace(self._traces[index])

    def __contains__(self, trace):
        return trace._trace in self._traces

    def __eq__(self, other):
        return self._traces == other._traces

    def __repr__(self):
        return "<Traces len=%s>" % len(self)


def _normalize_filename(filename):
    filename = os.path.normcase(filename)
    if filename.endswith('.pyc'):
        filename = filename[:-1]
    return filename


def _class_match(name_char, pattern, i):
    # Matches [name_char] against the class starting after '[' at pattern[i].
    # -> (matched, index after ']'), or None when the '[' opens no class.
    n = len(pattern)
    j = i
    negate = j < n and pattern[j] == '!'
    if negate:
        j += 1
    start = j
    if j < n and pattern[j] == ']':
        j += 1
    while j < n and pattern[j] != ']':
        j += 1
    if j >= n:
        return None
    body = pattern[start:j]
    matched = False
    k = 0
    while k < len(body):
        if k + 2 < len(body) and body[k + 1] == '-':
            if body[k] <= name_char <= body[k + 2]:
                matched = True
            k += 3
        else:
            if body[k] == name_char:
                matched = True
            k += 1
    return (matched != negate, j + 1)


def _fnmatch(name, pattern):
    # fnmatch.fnmatch on POSIX: '*' any run (slashes too), '?' one character, '[...]' a class.
    p = 0
    s = 0
    star_p = -1
    star_s = 0
    while s < len(name):
        if p < len(pattern):
            c = pattern[p]
            if c == '*':
                star_p = p
                star_s = s
                p += 1
                continue
            if c == '?':
                p += 1
                s += 1
                continue
            if c == '[':
                res = _class_match(name[s], pattern, p + 1)
                if res is not None:
                    if res[0]:
                        p = res[1]
                        s += 1
                        continue
                elif name[s] == '[':
                    p += 1
                    s += 1
                    continue
            elif c == name[s]:
                p += 1
                s += 1
                continue
        if star_p < 0:
            return False
        star_s += 1
        s = star_s
        p = star_p + 1
    while p < len(pattern) and pattern[p] == '*':
        p += 1
    return p == len(pattern)


class BaseFilter:
    def __init__(self, inclusive):
        self.inclusive = inclusive

    def _match(self, trace):
        raise NotImplementedError


class Filter(BaseFilter):
    def __init__(self, inclusive, filename_pattern, lineno=None, all_frames=False,
                 domain=None):
        super().__init__(inclusive)
        self.inclusive = inclusive
        self._filename_pattern = _normalize_filename(filename_pattern)
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain

    @property
    def filename_pattern(self):
        return self._filename_pattern

    def _match_frame_impl(self, filename, lineno):
        if not _fnmatch(_normalize_filename(filename), self._filename_pattern):
            return False
        return self.lineno is None or lineno == self.lineno

    def _match_frame(self, filename, lineno):
        return self._match_frame_impl(filename, lineno) ^ (not self.inclusive)

    def _match_traceback(self, traceback):
        if not self.all_frames:
            filename, lineno = traceback[0]
            return self._match_frame(filename, lineno)
        for filename, lineno in traceback:
            if self._match_frame_impl(filename, lineno):
                return self.inclusive
        return not self.inclusive

    def _match(self, trace):
        domain, size, traceback, total_nframe = trace
        res = self._match_traceback(traceback)
        if self.domain is None:
            return res
        if self.inclusive:
            return res and domain == self.domain
        return res or domain != self.domain


class DomainFilter(BaseFilter):
    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self._domain = domain

    @property
    def domain(self):
        return self._domain

    def _match(self, trace):
        domain, size, traceback, total_nframe = trace
        return (domain == self.domain) ^ (not self.inclusive)


class Snapshot:
    """
    Snapshot of traces of memory blocks allocated by Python.
    """

    def __init__(self, traces, traceback_limit):
        self.traces = _Traces(traces)
        self.traceback_limit = traceback_limit

    def dump(self, filename):
        """
        Write the snapshot into a file.
        """
        with open(filename, "w", encoding="utf-8") as fp:
            fp.write(repr((list(self.traces._traces), self.traceback_limit)))
            fp.write("\n")

    @staticmethod
    def load(filename):
        """
        Load a snapshot from a file.
        """
        with open(filename, encoding="utf-8") as fp:
            traces, limit = eval(fp.read(), {"__builtins__": {}})
        return Snapshot(traces, limit)

    def _filter_trace(self, include_filters, exclude_filters, trace):
        if include_filters:
            if not any(f._match(trace) for f in include_filters):
                return False
        if exclude_filters:
            if any(not f._match(trace) for f in exclude_filters):
                return False
        return True

    def filter_traces(self, filters):
        """
        Create a new Snapshot instance with a filtered traces sequence, filters
        is a list of Filter or DomainFilter instances.  If filters is an empty
        list, return a new Snapshot instance with a copy of the traces.
        """
        if not hasattr(type(filters), '__iter__'):
            raise TypeError("filters must be a list of filters, not %s"
                            % type(filters).__name__)
        if not filters:
            return Snapshot(self.traces._traces.copy(), self.traceback_limit)
        include = []
        exclude = []
        for f in filters:
            (include if f.inclusive else exclude).append(f)
        kept = [t for t in self.traces._traces if self._filter_trace(include, exclude, t)]
        return Snapshot(kept, self.traceback_limit)

    def _group_by(self, key_type, cumulative):
        if key_type not in ('traceback', 'filename', 'lineno'):
            raise ValueError("unknown key_type: %r" % (key_type,))
        if cumulative and key_type not in ('lineno', 'filename'):
            raise ValueError("cumulative mode cannot by used with key type %r" % key_type)
        stats = {}
        keys = {}

        def add(tb, size):
            stat = stats.get(tb)
            if stat is None:
                stats[tb] = Statistic(tb, size, 1)
            else:
                stat.size += size
                stat.count += 1

        for domain, size, frames, total_nframe in self.traces._traces:
            if not cumulative:
                tb = keys.get(frames)
                if tb is None:
                    if key_type == 'traceback':
                        tb = Traceback(frames)
                    elif key_type == 'lineno':
                        tb = Traceback(frames[:1])
                    else:
                        tb = Traceback(((frames[0][0], 0),))
                    keys[frames] = tb
                add(tb, size)
            else:
                for frame in frames:
                    tb = keys.get(frame)
                    if tb is None:
                        if key_type == 'lineno':
                            tb = Traceback((frame,))
                        else:
                            tb = Traceback(((frame[0], 0),))
                        keys[frame] = tb
                    add(tb, size)
        return stats

    def statistics(self, key_type, cumulative=False):
        """
        Group statistics by key_type. Return a sorted list of Statistic
        instances.
        """
        result = list(self._group_by(key_type, cumulative).values())
        result.sort(reverse=True, key=Statistic._sort_key)
        return result

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        """
        Compute the differences with an old snapshot old_snapshot. Get
        statistics as a sorted list of StatisticDiff instances, grouped by
        group_by.
        """
        new_group = self._group_by(key_type, cumulative)
        old_group = old_snapshot._group_by(key_type, cumulative)
        result = _compare_grouped_stats(old_group, new_group)
        result.sort(reverse=True, key=StatisticDiff._sort_key)
        return result


def take_snapshot():
    """
    Take a snapshot of traces of memory blocks allocated by Python.
    """
    if not is_tracing():
        raise RuntimeError("the tracemalloc module must be tracing memory "
                           "allocations to take a snapshot")
    traces = _get_traces()
    traceback_limit = get_traceback_limit()
    return Snapshot(traces, traceback_limit)
