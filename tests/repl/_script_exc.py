def boom():
    raise RuntimeError("script failed")

print("start")
y = 7
boom()
