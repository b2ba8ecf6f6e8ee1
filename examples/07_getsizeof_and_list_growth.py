# sys.getsizeof of common objects, and how lists grow.
# Run: mnemo examples/07_getsizeof_and_list_growth.py
import sys

# getsizeof reports the object's own memory, including the 16-byte header that the cycle
# collector puts in front of container objects. It never includes the objects referred to.
print("int 0:", sys.getsizeof(0), "| 2**30:", sys.getsizeof(2 ** 30),
      "| 2**100:", sys.getsizeof(2 ** 100))              # 28, then 4 bytes per 30-bit digit
print("float:", sys.getsizeof(1.0), "| None:", sys.getsizeof(None), "| True:", sys.getsizeof(True))
# str: 49 + n for ASCII, 73 + n for Latin-1, 74 + 2n and 76 + 4n for wider characters
print("str:", sys.getsizeof(""), sys.getsizeof("abc"), sys.getsizeof("caf\xe9"),
      sys.getsizeof("\u20ac"), sys.getsizeof("\U0001F600"))
print("bytes:", sys.getsizeof(b""), sys.getsizeof(b"abc"))
print("tuple:", sys.getsizeof(()), sys.getsizeof((1, 2, 3)))       # 40 + 8 per item
# dict: 64 empty; a display is presized for its keys, while the first insert into an empty
# dict allocates a table for 5 keys (224 bytes)
grown = {}
grown["a"] = 1
print("dict:", sys.getsizeof({}), sys.getsizeof({"a": 1}), sys.getsizeof(grown))
print("set:", sys.getsizeof(set()), sys.getsizeof({1, 2, 3}))
print("range:", sys.getsizeof(range(10 ** 6)), "| function:", sys.getsizeof(lambda: 0),
      "| builtin:", sys.getsizeof(len))

# A list holds 8-byte pointers. A display like [1, 2, 3] is sized exactly ...
print("[]:", sys.getsizeof([]), "| [1, 2, 3]:", sys.getsizeof([1, 2, 3]), "| [0] * 3:", sys.getsizeof([0] * 3))
# ... while append over-allocates, so most appends need no new memory.
items = []
last = sys.getsizeof(items)
for i in range(40):
    items.append(i)
    size = sys.getsizeof(items)
    if size != last:
        print(f"  append #{len(items):2}: {last} -> {size} bytes (room for {(size - 56) // 8})")
        last = size

# Removing items shrinks the array only when it falls under half full.
while len(items) > 3:
    items.pop()
print("after popping down to 3:", sys.getsizeof(items))

# Big payloads do not change the container's size:
print("list of 3 small ints == list of 3 long strings:",
      sys.getsizeof([1, 2, 3]) == sys.getsizeof(["x" * 1000, "y" * 1000, "z" * 1000]))
# ([0] * 3 was 80, not 88: list repetition allocates exactly, a display rounds up to even.)
