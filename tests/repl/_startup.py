print("startup ran")
startup_value = 42
