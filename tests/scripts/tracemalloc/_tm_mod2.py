# module for 073_import_frames.py, loaded by __import__()
BLOBS = [bytes(100) for i in range(30)]
