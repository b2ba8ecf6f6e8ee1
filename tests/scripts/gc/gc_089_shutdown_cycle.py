# test_gc_main_module_at_shutdown: a cycle through __main__ is collected at exit.
class C:
    def __del__(self):
        print('__del__ called')
l = [C()]
l.append(l)
print("end of script")
