# compare: stderr
if x:
    pass
else
    pass
