# compare: stderr
def inner(x):
    return x["missing"]

def outer():
    data = {"present": 1}
    return inner(data)

print("start")
outer()
print("unreachable")
