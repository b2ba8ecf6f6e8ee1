# compare: stderr
try:
    {}['missing']
except KeyError:
    raise ValueError('while handling')
