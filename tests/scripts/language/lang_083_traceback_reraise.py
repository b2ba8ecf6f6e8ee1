# compare: stderr
def parse(s):
    try:
        return int(s)
    except ValueError:
        print('could not parse', s)
        raise
parse('12')
parse('abc')
