# compare: stderr
s = f'{"a\n".upper()}'
