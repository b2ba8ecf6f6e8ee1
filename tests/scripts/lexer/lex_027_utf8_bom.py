print("bom skipped")
x = 1
print(x)
