import io
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(io.open is open, issubclass(io.UnsupportedOperation, OSError),
      issubclass(io.UnsupportedOperation, ValueError))
print(io.TextIOWrapper, io.BufferedReader, io.BufferedWriter, io.BufferedRandom)
print(io.StringIO, io.BytesIO)
p = "_tmp_io_006.txt"
with io.open(p, "w") as f:
    print(type(f) is io.TextIOWrapper)
with open(p, "rb") as f:
    print(type(f) is io.BufferedReader)
with open(p, "wb") as f:
    print(type(f) is io.BufferedWriter)
with open(p, "r+b") as f:
    print(type(f) is io.BufferedRandom)
import os
os.remove(p)
