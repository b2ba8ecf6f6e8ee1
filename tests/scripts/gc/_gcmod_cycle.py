# Helper module for gc_091: a cycle held by an ordinary module's globals.
class C:
    def __del__(self):
        print('__del__ called in module')
l = [C()]
l.append(l)
