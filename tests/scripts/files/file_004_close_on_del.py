# A file that is dropped without close() is closed (and flushed) as it dies.
path = "_tmp_file_004.txt"

def write_without_close():
    f = open(path, "w")
    f.write("data written but never explicitly closed\n")
    # f dies here when the function returns

write_without_close()
with open(path) as f:
    print(f.read().strip())

class Holder:
    def __init__(self):
        self.f = open(path, "a")

    def __del__(self):
        print("Holder.__del__ closing the file")
        self.f.close()

h = Holder()
h.f.write("from holder\n")
del h
with open(path) as f:
    print(f.read().splitlines())
