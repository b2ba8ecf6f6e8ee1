# get_object_traceback() on containers points at the line that built them
import tracemalloc
tracemalloc.start()
items = [i for i in range(3)]
table = set(range(20))
row = tuple(range(30))
text = "-".join(["a", "b", "c"]) * 10
for obj in (items, table, row, text):
    tb = tracemalloc.get_object_traceback(obj)
    print(type(obj).__name__, tb)
