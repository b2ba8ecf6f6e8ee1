# compare: stderr
class A:

x = 1
