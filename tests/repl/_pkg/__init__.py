print("_pkg init")
