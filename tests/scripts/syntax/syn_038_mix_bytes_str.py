# compare: stderr
x = b'a' 'b'
