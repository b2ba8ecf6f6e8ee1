import os
print(os.getenv("MNEMO_NOT_SET_ANYWHERE"))
print(os.getenv("MNEMO_NOT_SET_ANYWHERE", "fallback"))
os.environ["MNEMO_X"] = "é and spaces"
print(os.getenv("MNEMO_X"))
os.putenv("MNEMO_Y", "only in the process")
print(os.getenv("MNEMO_Y"))
os.unsetenv("MNEMO_Y")
for bad in ["", "A=B"]:
    try:
        os.putenv(bad, "v")
    except Exception as e:
        print(type(e).__name__, e)
try:
    os.putenv("A")
except TypeError as e:
    print("TypeError", e)
print(os.path.expanduser("~") == os.environ["HOME"])
os.environ["MNEMO_Z"] = "zed"
print(os.path.expandvars("$MNEMO_Z/${MNEMO_Z}/$MNEMO_UNSET_VAR/$"))
