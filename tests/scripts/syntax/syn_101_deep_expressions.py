# Deeply nested expressions are refused at compile time with RecursionError, as CPython does.
def attempt(label, src, mode="eval"):
    try:
        compile(src, "<deep>", mode)
        print(label, "compiled")
    except (SyntaxError, MemoryError, RecursionError) as e:
        print(label, type(e).__name__, getattr(e, "msg", str(e)))

attempt("plus chain 100000", "+".join(["1"] * 100000))
attempt("attr chain 50000", "a" + ".b" * 50000)
attempt("call chain 5000", "f" + "()" * 5000)
attempt("subscript 10000", "a" + "[0]" * 10000)
attempt("plus chain 500", "+".join(["x"] * 500))
attempt("lambda 1000", "lambda: " * 1000 + "1")
attempt("and chain 100000", " and ".join(["x"] * 100000))
attempt("string concat 100000", " ".join(["'a'"] * 100000))
print("still running")
