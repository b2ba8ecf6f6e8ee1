# comments and continuation
total = 1 + \
    2 + \
    3
values = [
    1,
    2,  # trailing comment
    3,
]
call = max(
    4,
    5,
)
print(total, values, call)
if True:
	print('tab indented')
s = ('implicit '
     'concatenation')
print(s)
print(0xFF, 0o777, 0b1010, 1_000, 0x_ff, 1e-3, 2.5E2, .5, 5., 1_0.0_1)
print('single', "double", '''triple single''', """triple double""")
print(r'\d+', b'\x41', rb'\n', 'esc\\aped', 'a\tb')
x = 1; y = 2; z = x + y
print(z)
def f(): return 'one-liner'
print(f())
class C: pass
print(C.__name__)
