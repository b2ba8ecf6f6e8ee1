def main():
    print("running main", __name__)
    return 0

if __name__ == "__main__":
    main()
else:
    print("imported")
import _mod_a
print(_mod_a.__name__ == "__main__", __name__ == "__main__")
