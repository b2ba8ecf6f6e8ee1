# compare: stderr
s = "café"; t = {1: 2, "clé"}
