print("mod", __name__)
import sys
print(sys.modules["_pkg.sub"].__name__)
