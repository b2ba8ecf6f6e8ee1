# leading comment

x = 1  # trailing comment
   # indented comment at odd level

if x:
    # comment inside block

    y = 2
        # deeper comment
    print(x, y)
# comment between statements
z = [1,  # one
     2,  # two
     # lone
     3]
print(z)
