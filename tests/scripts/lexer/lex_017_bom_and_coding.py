# -*- coding: utf-8 -*-
# vim: set fileencoding=utf-8 :
x = "coding lines are accepted"
print(x)
print("é")
