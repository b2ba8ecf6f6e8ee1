# A reference created in __del__ is cleared when the object is freed right after.
import weakref

class Target:
    def __del__(self):
        global ref_from_del
        ref_from_del = weakref.ref(self)
        print("in __del__:", ref_from_del() is self)

w = weakref.ref(Target())
print(w(), ref_from_del())
