# compare: stderr
print('never printed')
return 5
