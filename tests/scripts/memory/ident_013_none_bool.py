# None, True, False, Ellipsis and NotImplemented are singletons.
print(type(None)() is None, bool(1) is True, (1 == 2) is False, (not 0) is True)
print(type(...)() is ..., type(NotImplemented)() is NotImplemented)
print((1).__eq__("a") is NotImplemented, [].__lt__(1) is NotImplemented)
def f():
    pass
print(f() is None)
