p = "_tmp_file_012.txt"
with open(p, "w") as f:
    print(f.name, f.mode, f.encoding, f.errors, f.closed, f.line_buffering, f.newlines)
    print(repr(f))
    print(f.readable(), f.writable(), f.seekable(), f.isatty(), type(f.fileno()).__name__)
    f.extra = 42
    print(f.extra)
print(f.closed, repr(f))
for mode in ["r", "r+", "a", "a+", "w+", "rb", "wb", "ab", "r+b", "w+b", "a+b", "br", "rb+"]:
    with open(p, mode) as f:
        print(mode, type(f).__name__, f.mode, f.readable(), f.writable(), repr(f))
with open(p, "w", encoding="latin-1") as f:
    print(repr(f))
try:
    f.missing
except AttributeError as e:
    print("AttributeError", e)
import os
os.remove(p)
try:
    open(p, "x").close()
    open(p, "x")
except FileExistsError as e:
    print("FileExistsError", e)
os.remove(p)
