# Custom exception hierarchies with extra state.
class AppError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code

    def __str__(self):
        return '[%d] %s' % (self.code, self.args[0])


class NotFound(AppError):
    pass


class Invalid(AppError, ValueError):
    pass


for exc in [NotFound('page', 404), Invalid('bad', 400), AppError('generic')]:
    try:
        raise exc
    except ValueError as e:
        print('ValueError branch', e, repr(e))
    except AppError as e:
        print('AppError branch', e, e.code, repr(e))
print([c.__name__ for c in Invalid.__mro__])
print(issubclass(Invalid, ValueError), isinstance(Invalid('x'), Exception))


class NoInit(Exception):
    pass


e = NoInit(1, 2, 3)
print(e.args, str(e), repr(e))


class KwOnly(Exception):
    def __init__(self, *, reason):
        super().__init__(reason)
        self.reason = reason


print(repr(KwOnly(reason='why')), KwOnly(reason='r').reason)


class Silent(Exception):
    def __init__(self):
        pass


print(repr(Silent()), Silent().args)


class WithNew(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, 'forced')
        return self


print(WithNew('ignored').args)
try:
    raise NotFound
except TypeError as e:
    print('TypeError', e)
