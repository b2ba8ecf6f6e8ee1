# compare: stderr
# An exception in a __del__ run at shutdown is reported like any other.
class Bad:
    def __del__(self):
        raise ValueError("at exit")
class Good:
    def __del__(self):
        print("Good finalized")
b = Bad()
g = Good()
print("end of script")
