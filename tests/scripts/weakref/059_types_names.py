# Names and attributes of the weakref types and module.
import weakref

for t in (weakref.ref, weakref.ProxyType, weakref.CallableProxyType):
    print(t.__name__, t.__module__, t.__qualname__, repr(t))
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
print(weakref.__all__)
print(weakref.WeakSet.__module__, weakref.WeakValueDictionary.__module__)
print(hasattr(weakref.ref, "__callback__"), "__call__" in dir(weakref.ref))
print("__hash__" in dir(weakref.ProxyType), weakref.ProxyType.__hash__)
