# deque rotate, comparisons, repr (also recursive and subclass) and use as a queue.
from collections import deque

d = deque(range(6))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(12)
print(d)
d.rotate()
print(d)
deque().rotate(5)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([2, 1]))
print(deque([1, 2]) == [1, 2], deque([1, 2], maxlen=5) == deque([1, 2]))
print(deque([1, 2]) < deque([1, 3]), deque([2]) > deque([1, 9]), deque([1]) <= deque([1]),
      deque([]) >= deque([]))
r = deque()
r.append(r)
print(r)


class Queue(deque):
    pass


q = Queue([1, 2], maxlen=4)
print(q, type(q).__name__, isinstance(q, deque))
print(repr(deque(['a', None, 1.5])))


def bfs(graph, start):
    seen = [start]
    todo = deque([start])
    while todo:
        node = todo.popleft()
        for nxt in graph[node]:
            if nxt not in seen:
                seen.append(nxt)
                todo.append(nxt)
    return seen


print(bfs({1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}, 1))
window = deque(maxlen=3)
averages = []
for v in [10, 20, 30, 40, 50]:
    window.append(v)
    averages.append(sum(window) / len(window))
print(averages)
print(type(deque()), deque.__name__)
