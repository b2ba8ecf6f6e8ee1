print(r'\n', R'\t', r"\\", r'\'')
print(len(r'\n'), len('\n'))
print(r'''raw
\triple''')
print(repr(rb'\x00'), repr(Rb'\n'), repr(bR'\t'), repr(BR'a'))
print(r'C:\path\to\file')
print(repr(r'\N{x}'))
