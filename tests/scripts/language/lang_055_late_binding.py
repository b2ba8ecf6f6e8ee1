funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([fn() for fn in funcs])
funcs = []
for i in range(3):
    funcs.append(lambda i=i: i)
print([fn() for fn in funcs])
def make():
    acts = []
    for k in 'ab':
        def act():
            return k
        acts.append(act)
    return acts
print([a() for a in make()])
def make2():
    return [(lambda n: lambda: n)(k) for k in 'xy']
print([a() for a in make2()])
def counter_pair():
    n = 0
    def get():
        return n
    def inc():
        nonlocal n
        n += 1
    return get, inc
get, inc = counter_pair()
inc(); inc()
print(get())
