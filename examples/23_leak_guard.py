# A leak guard: run the same work several times and assert that traced memory stops growing.
# Run: mnemo examples/23_leak_guard.py
import tracemalloc

_registry = []


def clean_work():
    words = ["w%d" % i for i in range(500)]
    return len(" ".join(words))


def leaky_work():
    result = clean_work()
    _registry.append(["kept"] * 100)        # 100 pointers (+ list) kept on every call
    return result


def growth(work, rounds=5):
    """Traced bytes gained per round, after one warm-up round."""
    work()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    gains = []
    for _ in range(rounds):
        work()
        now = tracemalloc.get_traced_memory()[0]
        gains.append(now - base)
        base = now
    tracemalloc.stop()
    return gains


def assert_no_growth(work, slack=256):
    gains = growth(work)
    ok = all(g <= slack for g in gains)
    print("%-11s growing by about %d bytes a round -> %s"
          % (work.__name__, sum(gains) // len(gains) // 100 * 100, "ok" if ok else "LEAK"))
    return ok


assert assert_no_growth(clean_work)
try:
    assert assert_no_growth(leaky_work), "leaky_work keeps memory"
except AssertionError as e:
    print("AssertionError:", e)
