# get_referrers finds the tracked containers that hold an object.
import gc
class Target:
    pass
t = Target()
holder_list = [t]
holder_dict = {"k": t}
holder_tuple = (t, 1)
class Box:
    pass
box = Box()
box.item = t
refs = gc.get_referrers(t)
print("list:", any(r is holder_list for r in refs))
print("dict:", any(r is holder_dict for r in refs))
print("tuple:", any(r is holder_tuple for r in refs))
print("instance holding it as attribute:", any(r is box for r in refs))
print("module globals:", any(r is globals() for r in refs))
print("count of referrers among ours:",
      sum(1 for r in refs if r is holder_list or r is holder_dict or r is holder_tuple or r is box))
del holder_list[:]
refs = gc.get_referrers(t)
print("after clearing list:", any(r is holder_list for r in refs))
