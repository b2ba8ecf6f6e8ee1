print("init _pkg", __name__, __package__)
PKG_VALUE = "pkg"
