# submodule for 073_import_frames.py
CELLS = ["cell-%d" % i for i in range(80)]
