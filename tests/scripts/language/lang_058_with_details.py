class Rec:
    def __init__(self, name, log, suppress=False, fail_enter=False):
        self.name, self.log, self.suppress, self.fail_enter = name, log, suppress, fail_enter
    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError('enter failed ' + self.name)
        self.log.append('enter ' + self.name)
        return self
    def __exit__(self, et, ev, tb):
        self.log.append('exit %s %s %s' % (self.name, et.__name__ if et else None,
                                            tb is not None))
        return self.suppress
log = []
with Rec('a', log), Rec('b', log):
    log.append('body')
print(log)
log = []
try:
    with Rec('a', log), Rec('b', log):
        raise KeyError('x')
except KeyError:
    log.append('caught')
print(log)
log = []
with Rec('outer', log, suppress=True):
    with Rec('inner', log):
        raise ValueError
print(log)
log = []
try:
    with Rec('ok', log), Rec('bad', log, fail_enter=True):
        log.append('never')
except RuntimeError as e:
    log.append(str(e))
print(log)
log = []
def ret():
    with Rec('r', log) as r:
        return r.name
print(ret(), log)
class ExitRaises:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        raise TypeError('from exit')
try:
    with ExitRaises():
        raise ValueError('body')
except TypeError as e:
    print(e, type(e.__context__).__name__)
