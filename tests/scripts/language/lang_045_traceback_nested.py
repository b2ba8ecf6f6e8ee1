# compare: stderr
class Widget:
    def __init__(self, parts):
        self.parts = parts
    def total(self):
        return sum(p.weight for p in self.parts)
class Part:
    pass
def build():
    w = Widget([Part()])
    return w.total()
print('start')
build()
