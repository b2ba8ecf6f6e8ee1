# Each class is entered in its bases' subclass tables. Those of object, list, dict or
# Exception already hold the classes Python's own start-up made, so they grow (one larger
# block, charged to the class statement) only after many more classes: here, the 49th
# subclass of object made after `import tracemalloc`, and the 8th of Exception.
import tracemalloc

tracemalloc.start()


class MyList(list):
    pass


class MyDict(dict):
    pass


made = []
for i in range(60):
    before = tracemalloc.get_traced_memory()[0]

    class Point:
        pass

    made.append(Point)
    if tracemalloc.get_traced_memory()[0] - before > 8000:
        print("object's table grew at class", i + 1)

for i in range(12):
    before = tracemalloc.get_traced_memory()[0]

    class Failure(Exception):
        pass

    made.append(Failure)
    if tracemalloc.get_traced_memory()[0] - before > 3000:
        print("Exception's table grew at class", i + 1)

snap = tracemalloc.take_snapshot()
for lineno in (10, 14):
    sizes = sorted(t.size for t in snap.traces
                   if t.traceback[0].filename == __file__ and t.traceback[0].lineno == lineno)
    print(lineno, sum(sizes), sizes)
