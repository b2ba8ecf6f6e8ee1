NAME = "sibling"

def helper():
    return "helped"
