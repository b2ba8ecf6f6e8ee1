# compare: stderr
data = [1, 2,
        3, 4
