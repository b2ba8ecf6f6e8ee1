import os
print(type(os.environ["HOME"]).__name__)
os.environ["MNEMO_TEST_A"] = "alpha"
print(os.environ["MNEMO_TEST_A"], "MNEMO_TEST_A" in os.environ)
print(os.getenv("MNEMO_TEST_A"), os.environ.get("MNEMO_TEST_A"))
print("MNEMO_TEST_A" in list(os.environ), "MNEMO_TEST_A" in os.environ.keys())
print(("MNEMO_TEST_A", "alpha") in os.environ.items())
os.environ["MNEMO_TEST_A"] = "beta"
print(os.getenv("MNEMO_TEST_A"))
del os.environ["MNEMO_TEST_A"]
print(os.getenv("MNEMO_TEST_A"), "MNEMO_TEST_A" in os.environ)
print(os.environ.get("MNEMO_TEST_MISSING", "default"))
try:
    os.environ["MNEMO_TEST_MISSING"]
except KeyError as e:
    print("KeyError", e)
try:
    del os.environ["MNEMO_TEST_MISSING"]
except KeyError as e:
    print("KeyError", e)
try:
    os.environ["MNEMO_TEST_B"] = 5
except TypeError as e:
    print("TypeError", e)
print(os.environ.setdefault("MNEMO_TEST_C", "c1"), os.environ.setdefault("MNEMO_TEST_C", "c2"))
print(os.environ.pop("MNEMO_TEST_C"), os.environ.pop("MNEMO_TEST_C", "gone"))
os.environ.update({"MNEMO_TEST_D": "d"}, MNEMO_TEST_E="e")
print(os.environ["MNEMO_TEST_D"], os.environ["MNEMO_TEST_E"])
copy = os.environ.copy()
print(type(copy).__name__, copy["MNEMO_TEST_D"])
print(len(os.environ) == len(copy))
n = 0
for key in os.environ:
    if key.startswith("MNEMO_TEST_"):
        n += 1
print("test keys:", n)
