# __traceback__ and with_traceback.
def boom():
    raise ValueError('boom')


try:
    boom()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb is not None, tb.tb_next is not None)
    print(tb.tb_lineno > 0, type(tb.tb_frame).__name__)
e2 = KeyError('k')
print(e2.__traceback__)
r = e2.with_traceback(tb)
print(r is e2, e2.__traceback__ is tb)
e2.__traceback__ = None
print(e2.__traceback__)
try:
    e2.with_traceback(5)
except TypeError as ex:
    print('TypeError', ex)
try:
    del e2.__traceback__
except TypeError as ex:
    print('TypeError', ex)
try:
    raise e2.with_traceback(None)
except KeyError as ex:
    print('caught', repr(ex), ex.__traceback__ is not None)
