# compare: stderr
# Different exceptions from __del__, including one with a chained cause, and KeyError.
class A:
    def __del__(self):
        {}["missing"]
class B:
    def __del__(self):
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise TypeError("while cleaning") from e
class N:
    def helper(self):
        return undefined_name
    def __del__(self):
        self.helper()
A()
print("after A")
B()
print("after B")
N()
print("after N")
