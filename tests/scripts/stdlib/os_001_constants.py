import os
print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.devnull)
print(os.extsep, os.pathsep, os.altsep)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(os.error is OSError, os.path.sep == os.sep)
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR)
import os.path
import posixpath
print(os.path is posixpath, os.path.__name__)
from os import path
print(path is posixpath)
from os.path import join, exists
print(join("a", "b"), exists("."))
