# compare: stderr
x = b'café'
