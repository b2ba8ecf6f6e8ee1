import resource
print(resource.getpagesize() > 0, resource.getpagesize() % 1024 == 0)
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(type(soft).__name__, soft > 0, hard == resource.RLIM_INFINITY or hard >= soft)
print(resource.RLIM_INFINITY, type(resource.getrlimit(resource.RLIMIT_STACK)).__name__)
resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
for name in ["RLIMIT_CPU", "RLIMIT_FSIZE", "RLIMIT_DATA", "RLIMIT_STACK", "RLIMIT_CORE",
             "RLIMIT_NOFILE", "RLIMIT_AS"]:
    print(name, type(getattr(resource, name)).__name__)
try:
    resource.getrlimit(-5)
except ValueError as e:
    print("ValueError", e)
try:
    resource.setrlimit(resource.RLIMIT_NOFILE, (1, 2, 3))
except ValueError as e:
    print("ValueError", e)
print(resource.error is OSError)
