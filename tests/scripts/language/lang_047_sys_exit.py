import sys
def main():
    try:
        sys.exit('error message')
    finally:
        print('finally runs')
main()
