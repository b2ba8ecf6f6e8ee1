# From the articles: disable the collector around an allocation burst, then collect.
import gc
class Item:
    def __init__(self):
        self.me = self
print("thresholds:", gc.get_threshold())
print("enabled?", gc.isenabled())
gc.collect()
gc.disable()
try:
    for i in range(3000):
        Item()
    print("count grew past threshold 0:", gc.get_count()[0] > gc.get_threshold()[0])
finally:
    gc.enable()
print("explicit collect:", gc.collect())
