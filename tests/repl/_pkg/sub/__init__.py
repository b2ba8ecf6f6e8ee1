print("sub init", __name__)
