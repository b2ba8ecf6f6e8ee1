# Names are not boxes: a name refers to an object, and several names can refer to one.
# Run: mnemo examples/01_names_and_objects.py

a = [1, 2, 3]
b = a                       # a second name for the same list, not a copy
b.append(4)
print("a =", a)             # the change made through b is visible through a
print("a is b:", a is b, "| same id:", id(a) == id(b))

c = list(a)                 # a new list object with the same items
print("c == a:", c == a, "| c is a:", c is a)

# Small ints -5..256 are preallocated singletons: every 100 is the same object.
x = 100
y = 50 + 50
print("100 is 50 + 50:", x is y)

# Ints made at run time outside that range are new objects each time.
n = 1000
big1 = n * 10
big2 = n * 10
print("10000 == 10000:", big1 == big2, "| is:", big1 is big2)

# Call by sharing: the parameter names the caller's object.
def add_item(items, item):
    items.append(item)
    items = ["rebinding", "the", "name"]     # only rebinds the local name
    return items

result = add_item(a, 5)
print("after call, a =", a)
print("function returned", result)

# Immutable objects cannot change, so "changing" one makes a new object.
s = "mem"
t = s
s += "no"
print(s, t, s is t)

# type(), the identity comparator and equality, side by side.
for value in (42, 4.2, "42", (4, 2), [4, 2], {4: 2}, None, True):
    print(type(value).__name__.ljust(8), repr(value).ljust(8), value == value, value is value)
