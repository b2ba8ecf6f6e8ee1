# Which lines of an imported module hold the most memory? statistics('lineno') answers.
# Run: mnemo examples/20_top_lines_of_a_leaky_module.py
import tracemalloc

tracemalloc.start(10)               # keep up to 10 frames per allocation
time1 = tracemalloc.take_snapshot()
import _waste_memory
x = _waste_memory.run()
time2 = tracemalloc.take_snapshot()

# Only the leaky module's lines; the import machinery and tracemalloc itself are left out.
leaky = [tracemalloc.Filter(True, "*_waste_memory.py")]
stats = time2.filter_traces(leaky).compare_to(time1.filter_traces(leaky), "lineno")
print("Top 3 lines:")
for stat in stats[:3]:
    print(stat)

# Line 14 holds each Record: the object (56 B with its collector header) and a separate block
# for its attribute values; line 13 the bytes blobs (33 B of header + 64 B of data = 97 B).
print()
print("records:", sum(1 for item in x if isinstance(item, _waste_memory.Record)))

# With 10 frames kept, the biggest line's full stack shows who called it.
biggest = time2.filter_traces(leaky).statistics("traceback")[0]
print()
print("Biggest traceback: %d blocks, %.1f KiB" % (biggest.count, biggest.size / 1024))
for line in biggest.traceback.format():
    print(line)
