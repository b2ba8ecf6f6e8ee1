# == compares values, "is" compares identity.
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c)
nan = float("nan")
lst = [nan]
print(nan == nan, nan is nan, nan in lst, lst == [nan])
x = 1000
y = 999 + 1
print(x == y, x is y)
t = (a, b)
print(t[0] is a, t[1] is b)
