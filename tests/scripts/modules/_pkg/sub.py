from . import sibling
from .sibling import helper
print("loading", __name__, "package", __package__)

def use():
    return helper() + "+" + sibling.NAME
