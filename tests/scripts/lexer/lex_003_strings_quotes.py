print('single', "double", '''triple single''', """triple double""")
print('it"s', "it's", '''a'b"c''', """x"y'z""")
print('')
print("")
print('''''')
print(len("""
"""))
s = """line1
line2
  line3"""
print(s)
print(repr('a\'b"c'))
