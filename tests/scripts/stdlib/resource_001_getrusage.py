import resource
r = resource.getrusage(resource.RUSAGE_SELF)
print(type(r).__name__, type(r) is resource.struct_rusage, isinstance(r, tuple), len(r))
print(r.ru_maxrss > 0, type(r.ru_maxrss).__name__, type(r.ru_utime).__name__)
print(type(r.ru_stime).__name__, r.ru_utime >= 0, r.ru_minflt >= 0)
print(r[2] == r.ru_maxrss, r[0] == r.ru_utime)
fields = ["ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss",
          "ru_minflt", "ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd",
          "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw"]
print(all(getattr(r, f) == r[i] for i, f in enumerate(fields)))
text = repr(r)
print(text.startswith("resource.struct_rusage(ru_utime="), all(f + "=" in text for f in fields))
c = resource.getrusage(resource.RUSAGE_CHILDREN)
print(type(c).__name__, c.ru_maxrss >= 0)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
data = [list(range(100)) for i in range(2000)]
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(after >= before)
try:
    resource.getrusage(12345)
except ValueError as e:
    print("ValueError", e)
try:
    resource.getrusage("self")
except TypeError as e:
    print("TypeError")
print(resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
