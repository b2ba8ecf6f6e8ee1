# __class__ assignment keeps the attributes.
class A:
    pass
class B:
    def who(self):
        return "B"
a = A()
a.x = 1
a.y = 2
a.__class__ = B
print(type(a).__name__, a.who(), a.x, vars(a))
