# compare: stderr
class AppError(Exception):
    def __init__(self, code):
        super().__init__('code %d' % code)
        self.code = code
def run():
    try:
        raise KeyError('inner')
    except KeyError as e:
        raise AppError(7) from e
run()
