"""The io module: streams in memory (StringIO, BytesIO) and the file types of open().

open is builtins.open; TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom and
UnsupportedOperation come from the builtin _io module.
"""

from builtins import open
from _io import (UnsupportedOperation, TextIOWrapper, BufferedReader, BufferedWriter,
                 BufferedRandom)

__all__ = ["open", "UnsupportedOperation", "TextIOWrapper", "BufferedReader",
           "BufferedWriter", "BufferedRandom", "StringIO", "BytesIO", "IOBase",
           "RawIOBase", "BufferedIOBase", "TextIOBase", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class IOBase:
    """The base class of every stream class of this module."""


class RawIOBase(IOBase):
    """Base class for raw binary streams."""


class BufferedIOBase(IOBase):
    """Base class for buffered binary streams."""


class TextIOBase(IOBase):
    """Base class for text streams."""


def _size_arg(size):
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
    return size


class _MemoryStream:
    """What StringIO and BytesIO share: a value that grows by appended chunks, a position,
    and the stream protocol (closed, with, iteration, readable/writable/seekable)."""

    _closed_message = "I/O operation on closed file."

    def _setup(self, empty):
        self._empty = empty
        self._value = empty
        self._chunks = []       # pending appends at the end of _value
        self._len = 0
        self._pos = 0
        self._closed = False

    def _check_closed(self):
        if self._closed:
            raise ValueError(self._closed_message)

    def _flatten(self):
        if self._chunks:
            self._value = self._empty.join([self._value] + self._chunks)
            self._chunks = []
        return self._value

    def _put(self, data):
        """Writes data at the position, padding a gap with zero characters or bytes."""
        n = len(data)
        if self._pos == self._len:
            if n:
                self._chunks.append(data)
                self._len += n
                self._pos += n
            return
        value = self._flatten()
        if self._pos > self._len:
            value = value + self._zero * (self._pos - self._len)
        value = value[:self._pos] + data + value[self._pos + n:]
        self._value = value
        self._len = len(value)
        self._pos += n

    def _read(self, size):
        size = _size_arg(size)
        self._check_closed()
        value = self._flatten()
        start = min(self._pos, self._len)
        end = self._len if size < 0 else min(self._len, start + size)
        self._pos = max(self._pos, end)
        return value[start:end]

    def _line_end(self, value, start):
        i = value.find(self._newline_char, start)
        return self._len if i < 0 else i + len(self._newline_char)

    def readline(self, size=-1):
        size = _size_arg(size)
        self._check_closed()
        value = self._flatten()
        start = min(self._pos, self._len)
        end = self._line_end(value, start)
        if size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return value[start:end]

    def readlines(self, hint=-1):
        hint = _size_arg(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def getvalue(self):
        self._check_closed()
        return self._flatten()

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        else:
            size = _size_arg(size)
            if size < 0:
                raise ValueError(self._negative_size % size)
        if size < self._len:
            self._value = self._flatten()[:size]
            self._len = size
        return size

    def close(self):
        self._closed = True
        self._value = self._empty
        self._chunks = []

    @property
    def closed(self):
        return self._closed

    def flush(self):
        self._check_closed()

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def isatty(self):
        self._check_closed()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *exc_info):
        self.close()


class StringIO(_MemoryStream, TextIOBase):
    """Text I/O in memory: StringIO(initial_value='', newline='\\n')."""

    __module__ = "_io"
    _closed_message = "I/O operation on closed file"
    _negative_size = "Negative size value %d"
    _zero = "\0"

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._setup("")
        self._newline = newline
        self._newline_char = "\n" if newline is None or newline == "" else newline
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _line_end(self, value, start):
        if self._newline == "":
            i = start
            while i < self._len:
                c = value[i]
                if c == "\n":
                    return i + 1
                if c == "\r":
                    if i + 1 < self._len and value[i + 1] == "\n":
                        return i + 2
                    return i + 1
                i += 1
            return self._len
        return _MemoryStream._line_end(self, value, start)

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        if self._newline is None:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif self._newline in ("\r", "\r\n"):
            s = s.replace("\n", self._newline)
        self._put(s)
        return n

    def read(self, size=-1):
        return self._read(size)

    def seek(self, pos, whence=0):
        self._check_closed()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(pos).__name__)
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        if whence == 0 and pos < 0:
            raise ValueError("Negative seek position %d" % pos)
        if whence == 1 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 2 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 0:
            self._pos = pos
        elif whence == 2:
            self._pos = self._len
        return self._pos

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        self._check_closed()
        return None

    def __repr__(self):
        return "<_io.StringIO object at 0x%x>" % id(self)


class BytesIO(_MemoryStream, BufferedIOBase):
    """Binary I/O in memory: BytesIO(initial_bytes=b'')."""

    __module__ = "_io"
    _negative_size = "negative size value %d"
    _zero = b"\0"
    _newline_char = b"\n"

    def __init__(self, initial_bytes=b""):
        self._setup(b"")
        if initial_bytes is not None:
            if not isinstance(initial_bytes, bytes):
                raise TypeError("a bytes-like object is required, not '%s'"
                                % type(initial_bytes).__name__)
            self._put(initial_bytes)
            self._pos = 0

    def write(self, b):
        self._check_closed()
        if not isinstance(b, bytes):
            raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)
        self._put(b)
        return len(b)

    def read(self, size=-1):
        return self._read(size)

    def read1(self, size=-1):
        return self._read(size)

    def seek(self, pos, whence=0):
        self._check_closed()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, self._len + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        self._pos = pos
        return pos

    def __repr__(self):
        return "<_io.BytesIO object at 0x%x>" % id(self)
