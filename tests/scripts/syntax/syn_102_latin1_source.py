# compare: stderr
print("never runs")
s = "café"
