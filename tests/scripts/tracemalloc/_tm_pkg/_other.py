# submodule for 073_import_frames.py, loaded by `from _tm_pkg import _other`
NAMES = {"n%d" % i: i for i in range(40)}
