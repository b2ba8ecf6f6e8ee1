# compare: stderr
(a, 1) = 1, 2
