# compare: stderr
def work():
    try:
        raise KeyError('in try')
    finally:
        print('finally ran')
work()
