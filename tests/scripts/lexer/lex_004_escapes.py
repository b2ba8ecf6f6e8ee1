print(repr('\n\t\\\'\"\a\b\f\v\0'))
print(repr('\1\12\123\101\x41\x7e'))
print('\u00e9\u4e2d\U0001F600' == 'é中😀')
print(len('\U0001F600'), ord('\u00e9'))
print(repr('\q \d \w'))
print(repr('a\
b'))
print("tab\there", "nl\\n")
print(repr('\x00\x01\x7f'))
