registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
def add_method(cls):
    def greet(self):
        return 'hi from ' + type(self).__name__
    cls.greet = greet
    return cls
@register
@add_method
class A:
    pass
@register
class B(A):
    pass
print(registry, A().greet(), B().greet())
def singleton(cls):
    instances = {}
    def get():
        if cls not in instances:
            instances[cls] = cls()
        return instances[cls]
    return get
@singleton
class Config:
    pass
print(Config() is Config(), type(Config).__name__)
def with_repr(cls):
    cls.__repr__ = lambda self: '<%s>' % cls.__name__
    return cls
@with_repr
class R:
    pass
print(R(), [R()])
