# package for 073_import_frames.py: its own module-level allocation
ROWS = [[i] * 3 for i in range(50)]
