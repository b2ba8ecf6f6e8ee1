# Which check trips first decides the RecursionError message, as in CPython 3.11:
# Python frames, calls of builtins, repr/str and comparisons share one counter.
import sys

class R:
    def __repr__(self):
        return repr(self)

class S:
    def __str__(self):
        return str(self)

class E:
    def __eq__(self, other):
        return self == other

def via_builtin(n):
    return len([via_builtin(n + 1)])

def via_map(n):
    return list(map(via_map, [n + 1]))

for name, f in [("repr", lambda: repr(R())), ("str", lambda: str(S())),
                ("eq", lambda: E() == E()), ("builtin", lambda: via_builtin(0)),
                ("map", lambda: via_map(0))]:
    try:
        f()
    except RecursionError as e:
        print(name, "->", e)

nested = []
for i in range(5000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print("nested list repr ->", e)
a = b = []
for i in range(5000):
    a, b = [a], [b]
try:
    a == b
except RecursionError as e:
    print("nested compare ->", e)

def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth())
sys.setrecursionlimit(150)
print(depth())
try:
    repr(R())
except RecursionError as e:
    print("limit 150 ->", e)
