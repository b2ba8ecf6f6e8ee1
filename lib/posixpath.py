"""Common operations on POSIX pathnames (the module os.path names).

Pure string functions (join, split, splitext, basename, dirname, normpath, isabs) work on
str or bytes paths; the functions that ask the file system (exists, isfile, isdir, getsize,
...) go through posix.stat.
"""

import posix

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename",
           "dirname", "commonprefix", "getsize", "getmtime", "getatime", "getctime",
           "islink", "exists", "lexists", "isdir", "isfile", "ismount", "expanduser",
           "expandvars", "normpath", "abspath", "samefile", "curdir", "pardir", "sep",
           "pathsep", "defpath", "altsep", "extsep", "devnull", "realpath", "relpath",
           "commonpath"]

curdir = "."
pardir = ".."
extsep = "."
sep = "/"
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _fspath(p, fname):
    """The str or bytes behind p (TypeError as os.fspath raises it)."""
    if isinstance(p, (str, bytes)):
        return p
    return posix.fspath(p)


def _sep(p):
    return b"/" if isinstance(p, bytes) else "/"


def _check_mixed(fname, parts):
    has_str = False
    has_bytes = False
    for p in parts:
        if isinstance(p, str):
            has_str = True
        else:
            has_bytes = True
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    """Normalize the case of a pathname: on POSIX, the path unchanged."""
    return _fspath(s, "normcase")


def isabs(s):
    """Test whether a path is absolute."""
    s = _fspath(s, "isabs")
    return s.startswith(_sep(s))


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed; an absolute
    component discards everything before it."""
    a = _fspath(a, "join")
    parts = []
    for b in p:
        if not isinstance(b, (str, bytes)) and not hasattr(type(b), "__fspath__"):
            raise TypeError("join() argument must be str, bytes, or os.PathLike object, "
                            "not '%s'" % type(b).__name__)
        parts.append(_fspath(b, "join"))
    _check_mixed("join", [a] + parts)
    sep = _sep(a)
    path = a
    for b in parts:
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path = path + b
        else:
            path = path + sep + b
    return path


def split(p):
    """Split a pathname into (head, tail): tail is everything after the final slash."""
    p = _fspath(p, "split")
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """Split the extension from a pathname: (root, ext), ext empty or starting with '.'."""
    p = _fspath(p, "splitext")
    if isinstance(p, bytes):
        sep, dot = b"/", b"."
    else:
        sep, dot = "/", "."
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        # skip all leading dots of the file name
        name_index = sep_index + 1
        while name_index < dot_index:
            if p[name_index:name_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            name_index += 1
    return p, p[:0]


def splitdrive(p):
    """Split a pathname into drive and path: on POSIX the drive is always empty."""
    p = _fspath(p, "splitdrive")
    return p[:0], p


def basename(p):
    """The final component of a pathname."""
    p = _fspath(p, "basename")
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    """The directory component of a pathname."""
    p = _fspath(p, "dirname")
    sep = _sep(p)
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    """The longest leading string common to every item of the list m."""
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i in range(len(s1)):
        if s1[i] != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """The longest common sub-path of every path in the sequence paths."""
    paths = [_fspath(p, "commonpath") for p in paths]
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    sep = _sep(paths[0])
    absolutes = set(p.startswith(sep) for p in paths)
    if len(absolutes) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split(sep) if c and c != curdir] for p in paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i in range(len(s1)):
        if s1[i] != s2[i]:
            common = s1[:i]
            break
    prefix = sep if paths[0].startswith(sep) else sep[:0]
    return prefix + sep.join(common)


def normpath(path):
    """Normalize a path: collapse redundant separators and up-level references."""
    path = _fspath(path, "normpath")
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b"/", b"", b".", b".."
    else:
        sep, empty, dot, dotdot = "/", "", ".", ".."
    if path == empty:
        return dot
    initial_slashes = 1 if path.startswith(sep) else 0
    # POSIX keeps exactly two leading slashes, but three or more collapse to one
    if initial_slashes and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial_slashes = 2
    new_comps = []
    for comp in path.split(sep):
        if comp == empty or comp == dot:
            continue
        if comp != dotdot or (not initial_slashes and not new_comps) or (
                new_comps and new_comps[-1] == dotdot):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    result = sep * initial_slashes + sep.join(new_comps)
    return result or dot


def abspath(path):
    """An absolute, normalized version of path."""
    path = _fspath(path, "abspath")
    if not isabs(path):
        cwd = posix.getcwdb() if isinstance(path, bytes) else posix.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(path):
    """The canonical path: abspath with symbolic links of the final path left as they are."""
    return abspath(path)


def relpath(path, start=None):
    """A relative version of path, from the current directory or from start."""
    path = _fspath(path, "relpath")
    if not path:
        raise ValueError("no path specified")
    if start is None:
        start = curdir
    start = _fspath(start, "relpath")
    sep = _sep(path)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = 0
    while i < len(start_list) and i < len(path_list) and start_list[i] == path_list[i]:
        i += 1
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def _stat_mode(path, follow=True):
    try:
        st = posix.stat(path) if follow else posix.lstat(path)
    except (OSError, ValueError):
        return None
    return st[0]


def exists(path):
    """Test whether a path exists; False for broken symbolic links."""
    return _stat_mode(path) is not None


def lexists(path):
    """Test whether a path exists; True for broken symbolic links."""
    return _stat_mode(path, False) is not None


def isfile(path):
    """Test whether a path is a regular file."""
    mode = _stat_mode(path)
    return mode is not None and mode & _S_IFMT == _S_IFREG


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    mode = _stat_mode(s)
    return mode is not None and mode & _S_IFMT == _S_IFDIR


def islink(path):
    """Test whether a path is a symbolic link."""
    mode = _stat_mode(path, False)
    return mode is not None and mode & _S_IFMT == _S_IFLNK


def ismount(path):
    """Test whether a path is a mount point (here: only the root is)."""
    return abspath(path) in ("/", b"/")


def getsize(filename):
    """The size of a file, as reported by os.stat()."""
    return posix.stat(filename)[6]


def getatime(filename):
    """The last access time of a file, as reported by os.stat()."""
    return posix.stat(filename)[10]


def getmtime(filename):
    """The last modification time of a file, as reported by os.stat()."""
    return posix.stat(filename)[11]


def getctime(filename):
    """The metadata change time of a file, as reported by os.stat()."""
    return posix.stat(filename)[12]


def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file."""
    s1 = posix.stat(f1)
    s2 = posix.stat(f2)
    return s1[1] == s2[1] and s1[2] == s2[2]


def expanduser(path):
    """Expand ~ and ~user constructions; ~user is left alone unless it is the current one."""
    path = _fspath(path, "expanduser")
    tilde = b"~" if isinstance(path, bytes) else "~"
    if not path.startswith(tilde):
        return path
    sep = _sep(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    home = posix.environ.get("HOME")
    if home is None:
        return path
    if isinstance(path, bytes):
        home = home.encode()
    home = home.rstrip(sep)
    return (home + path[i:]) or sep


def expandvars(path):
    """Expand shell variables of the forms $var and ${var}; unknown ones are left alone."""
    path = _fspath(path, "expandvars")
    if isinstance(path, bytes):
        return path
    if "$" not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != "$":
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == "{":
            end = path.find("}", i + 2)
            if end < 0:
                out.append(path[i:])
                break
            name = path[i + 2:end]
            after = end + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == "_"):
                j += 1
            name = path[i + 1:j]
            after = j
        if name and name in posix.environ:
            out.append(posix.environ[name])
        else:
            out.append(path[i:after])
        i = after
    return "".join(out)
