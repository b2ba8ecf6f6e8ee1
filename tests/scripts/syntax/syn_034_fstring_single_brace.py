# compare: stderr
s = f'a}b'
