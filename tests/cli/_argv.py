import sys
print("argv tail:", sys.argv[1:], "name:", __name__)
print("argv0 is a path:", sys.argv[0].endswith("_argv.py"))
