x, y, name = 10, 3.14159, "world"
print(f"hello {name}!")
print(f"{x} + {x} = {x + x}")
print(f"{y:.2f} {x:5d} {x:<5}| {x:^7}|")
print(F"{name!r} {name!s} {name!a}")
print(f"{{literal}} {{{x}}}")
print(f"{'nested'} {'q' if x else 'r'}")
print(f'''{x
+ 1}''')
print(f"{x:{x}}|")
w, p = 10, 3
print(f"{y:{w}.{p}f}|")
print(f"{[1, 2, 3]} {dict(a=1)} {(1, 2)}")
print(rf"\n{x}", fr'\t{y:.1f}')
