# compare: stderr
class Config:
    def __init__(self):
        self.verbose = True
        self.timeout = 30

c = Config()
print(c.timeout)
print(c.verbos)
