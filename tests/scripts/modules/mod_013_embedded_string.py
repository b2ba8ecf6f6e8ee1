import string
print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.printable))
print(string.punctuation)
print(string.capwords("hello   big  world"), string.capwords("a-b-c", "-"))
print(string.__name__, "string" in __import__("sys").modules)
from string import ascii_lowercase as low
print(low[::5])
