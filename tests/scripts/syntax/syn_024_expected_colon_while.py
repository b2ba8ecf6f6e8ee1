# compare: stderr
while True
    pass
