# Object-tree allocation: build and walk binary trees (binary-trees benchmark style).
class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right

def make(depth):
    if depth == 0:
        return Node(None, None)
    return Node(make(depth - 1), make(depth - 1))

def check(node):
    if node.left is None:
        return 1
    return 1 + check(node.left) + check(node.right)

total = 0
for d in range(4, 16, 2):
    for _ in range(2 ** (16 - d) // 8):
        total += check(make(d))
print(total)
