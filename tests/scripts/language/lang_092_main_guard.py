def main():
    print('in main', __name__)
    return 0
if __name__ == '__main__':
    main()
else:
    print('imported')
print(__doc__)
import _helper_mod
print(_helper_mod.__name__)
