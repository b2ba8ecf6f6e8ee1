print(True + True, True - False, True * 10, False * 10, True / 2, True // 2, True % 2)
print(True ** 10, 2 ** True, True << 4, -True, divmod(True, 2), 7 // True)
print(type(True + True).__name__, type(True * False).__name__)
print(True & True, True & False, False & False, type(True & False).__name__)
print(True | False, False | False, type(True | False).__name__)
print(True ^ True, True ^ False, type(True ^ False).__name__)
print(True & 3, type(True & 3).__name__, 3 | False, type(3 | False).__name__)
print(True ^ 2, False ^ 0, type(False ^ 0).__name__)
print(sum([True, True, False, True]), sum(x > 2 for x in range(6)))
print([1, 2, 3][True], "abc"[False], {True: "t"}[1], {1: "one"}[True])
print(max(True, 0), min(False, -1), sorted([True, False, 2, -1]))
print(True == 1.0, True < 2, False < True, abs(True), round(True))
try:
    True / False
except ZeroDivisionError as e:
    print(e)
try:
    True % False
except ZeroDivisionError as e:
    print(e)
x = True
x += 1
print(x, type(x).__name__)
y = False
y |= True
print(y, type(y).__name__)
