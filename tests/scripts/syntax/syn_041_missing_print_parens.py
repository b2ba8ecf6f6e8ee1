# compare: stderr
print 'hello'
