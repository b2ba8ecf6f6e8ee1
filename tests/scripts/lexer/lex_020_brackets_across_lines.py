result = sum(
    x * y
    for x, y in zip(
        [1, 2, 3],
        [4, 5, 6],
    )
)
print(result)
matrix = [[1, 2],
          [3, 4]]
print(matrix[1][0], matrix[0][
    1])
print({k: v for k, v in
       [("a", 1), ("b", 2)]})
t = (
)
print(t)
