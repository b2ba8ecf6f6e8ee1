"""OS routines for POSIX, over the builtin posix module.

This exports everything posix has (getpid, getcwd, listdir, mkdir, remove, rename, ...),
os.path (posixpath), os.environ (a mapping kept in step with the process environment),
getenv/putenv/unsetenv, makedirs/removedirs, walk, stat with os.stat_result, and the
constants name, sep, linesep, curdir, pardir, devnull, SEEK_SET/SEEK_CUR/SEEK_END.
"""

import sys
import posix
import posixpath as path
from posix import (getpid, getppid, getuid, getgid, cpu_count, _exit, strerror, umask,
                   getcwd, getcwdb, putenv, unsetenv, chdir, listdir, mkdir, rmdir, remove, unlink, rename,
                   access, open, close, dup, dup2, read, write, isatty, urandom, fspath,
                   F_OK, R_OK, W_OK, X_OK, O_RDONLY, O_WRONLY, O_RDWR, O_APPEND, O_CREAT,
                   O_EXCL, O_TRUNC)

sys.modules["os.path"] = path

name = "posix"
linesep = "\n"
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
curdir = path.curdir
pardir = path.pardir
devnull = path.devnull

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

error = OSError


class PathLike:
    """Abstract base class for objects with a file system path (__fspath__)."""

    def __fspath__(self):
        raise NotImplementedError


# ==== stat ====

class stat_result(tuple):
    """stat_result: Result from stat, fstat, or lstat: ten integer fields, plus the
    float times st_atime, st_mtime and st_ctime as attributes."""

    _fields = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
               "st_atime", "st_mtime", "st_ctime")

    def __new__(cls, raw):
        self = tuple.__new__(cls, raw[:10])
        self._times = tuple(raw[10:13]) if len(raw) >= 13 else tuple(raw[7:10])
        return self

    def __repr__(self):
        parts = []
        for i in range(10):
            parts.append("%s=%r" % (self._fields[i], self[i]))
        return "os.stat_result(" + ", ".join(parts) + ")"

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._times[0])
    st_mtime = property(lambda self: self._times[1])
    st_ctime = property(lambda self: self._times[2])


def stat(path):
    """Perform a stat system call on the given path (or file descriptor)."""
    return stat_result(posix.stat(path))


def lstat(path):
    """Like stat, but do not follow a final symbolic link."""
    return stat_result(posix.lstat(path))


# ==== the environment ====

class _Environ:
    """os.environ: a mapping of str to str whose changes reach the process environment."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        posix.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key) from None
        posix.unsetenv(key)
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        return self._data == other

    def __repr__(self):
        items = ", ".join("%r: %r" % (k, v) for k, v in self._data.items())
        return "environ({" + items + "})"

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def update(self, other=(), **kwds):
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def clear(self):
        for key in list(self._data):
            del self[key]


environ = _Environ(posix.environ)


def getenv(key, default=None):
    """The value of the environment variable key, or default if it is not set."""
    return environ.get(key, default)


def fsencode(filename):
    """Encode a path to bytes (UTF-8, surrogateescape)."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    """Decode a path to str (UTF-8, surrogateescape)."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


# ==== directory trees ====

def makedirs(name, mode=0o777, exist_ok=False):
    """Create a leaf directory and every missing intermediate one; with exist_ok, an
    existing leaf directory is not an error."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove a leaf directory, then each empty parent directory up the path."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Generate (dirpath, dirnames, filenames) for each directory of the tree at top."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    for entry in names:
        full = path.join(top, entry)
        if path.isdir(full) and (followlinks or not path.islink(full)):
            dirs.append(entry)
        else:
            nondirs.append(entry)
    if topdown:
        yield top, dirs, nondirs
    for d in dirs:
        new_path = path.join(top, d)
        if followlinks or not path.islink(new_path):
            yield from walk(new_path, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs
