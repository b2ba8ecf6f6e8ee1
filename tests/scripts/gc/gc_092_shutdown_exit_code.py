# compare: stderr
# Finalizers at exit run after an uncaught exception's traceback, and the exit status stays 1.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
keep = T("global")
pair = [T("in cycle")]
pair.append(pair)
def fail():
    local = T("local of failing frame")
    raise RuntimeError("stop here")
fail()
