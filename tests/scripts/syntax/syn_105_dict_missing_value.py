# compare: stderr
counts = {"a": 1, "b": }
