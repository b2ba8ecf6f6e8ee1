data = [1, 5, 10, 15]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 10])
i = 0
while (i := i + 1) < 4:
    print(i)
print(f"{(z := 5)} {z}")
