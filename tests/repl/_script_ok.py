print("script ran")
x = 42
