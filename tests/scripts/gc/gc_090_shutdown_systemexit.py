# test_global_del_SystemExit: a self-cycle in globals is finalized even when the script
# ends with SystemExit.
class ClassWithDel:
    def __del__(self):
        print('__del__ called')
a = ClassWithDel()
a.link = a
raise SystemExit(0)
