x = 42
s = "text"
print(f"{x=}")
print(f"{ x = }")
print(f"{x=!s}")
print(f"{s=}")
print(f"{x=:>6}")
print(f"{x * 2=}")
print(f"{s!r:>10}")
print(f"{len(s)=}, {s.upper()=}")
