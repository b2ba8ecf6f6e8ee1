# compare: stderr
a + 1 = 2
