# test_gc_ordinary_module_at_shutdown: a cycle in an imported module is collected at exit.
import _gcmod_cycle
print("imported, end of script")
