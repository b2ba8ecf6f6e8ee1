# float.hex and float.fromhex
for v in [0.0, -0.0, 1.0, -1.0, 1.5, 0.1, 3.14159, 1e300, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, 2.0 ** -1030, 255.0, float('inf'), float('-inf'), float('nan')]:
    h = v.hex()
    back = float.fromhex(h)
    print(h, back, back == v or v != v)
for s in ['0x1p0', '0X1.8P+1', '1.8p1', '-0x.8p1', '0x10', 'inf', '-Infinity', 'nan', '  0x1p-2  ',
          '0x1.fffffffffffff8p0', '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1p-1074',
          '0x1p-1075', '0x1.0000000000001p-1075', '0xabc.defp-4', '0x0p+999999', '0x.1', '0x1.']:
    print(repr(s), float.fromhex(s))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: float.fromhex('0x1p1024'))
t(lambda: float.fromhex('0x1.fffffffffffffp1023'))
t(lambda: float.fromhex('0x1.fffffffffffff8p1023'))
t(lambda: float.fromhex('xyz'))
t(lambda: float.fromhex('0x'))
t(lambda: float.fromhex('0x1p'))
t(lambda: float.fromhex(''))
t(lambda: float.fromhex(1.5))
