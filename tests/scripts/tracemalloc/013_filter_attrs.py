# Filter and DomainFilter attributes
from tracemalloc import Filter, DomainFilter, BaseFilter
f = Filter(True, "app*.py")
print(f.inclusive, f.filename_pattern, f.lineno, f.all_frames, f.domain)
g = Filter(False, "mod.pyc", lineno=3, all_frames=True, domain=5)
print(g.inclusive, g.filename_pattern, g.lineno, g.all_frames, g.domain)
try:
    g.filename_pattern = "x"
except AttributeError:
    print("filename_pattern is read-only")
d = DomainFilter(False, 2)
print(d.inclusive, d.domain, isinstance(d, BaseFilter), isinstance(f, BaseFilter))
try:
    d.domain = 3
except AttributeError:
    print("domain is read-only")
try:
    BaseFilter(True)._match(None)
except NotImplementedError:
    print("NotImplementedError")
