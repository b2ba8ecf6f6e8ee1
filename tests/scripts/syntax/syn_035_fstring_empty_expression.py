# compare: stderr
s = f'{ }'
