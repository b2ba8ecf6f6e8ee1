path = "_tmp_file_002.bin"
with open(path, "wb") as f:
    print(type(f).__name__, f.mode)
    print(f.write(bytes(range(10))), f.write(b"\r\n\x00end"))
with open(path, "rb") as f:
    print(type(f).__name__)
    data = f.read()
    print(len(data), data[:4], data[-5:])
    f.seek(2)
    print(f.read(3), f.tell())
    f.seek(-3, 2)
    print(f.read())
with open(path, "r+b") as f:
    print(type(f).__name__)
    f.write(b"XY")
    f.seek(0)
    print(f.read(4))
with open(path, "rb") as f:
    print(f.readline())
    print(list(f))
