# Deep nesting gives a clean error, never a crash.
def attempt(label, src, mode="exec"):
    try:
        compile(src, "<deep>", mode)
        print(label, "compiled")
    except (SyntaxError, MemoryError, RecursionError) as e:
        print(label, type(e).__name__, getattr(e, "msg", str(e)), getattr(e, "lineno", None))

attempt("parens 10000", "(" * 10000 + ")" * 10000, "eval")
attempt("parens 199", "(" * 199 + "1" + ")" * 199, "eval")
attempt("parens 201", "(" * 201 + "1" + ")" * 201, "eval")
attempt("brackets 10000", "[" * 10000 + "]" * 10000, "eval")
attempt("mixed 300", "[(" * 150 + ")]" * 150, "eval")
attempt("blocks 5000", "".join(" " * i + "if 1:\n" for i in range(5000)) + " " * 5000 + "pass\n")
attempt("blocks 99", "".join(" " * i + "if 1:\n" for i in range(99)) + " " * 99 + "pass\n")
attempt("blocks 101", "".join(" " * i + "if 1:\n" for i in range(101)) + " " * 101 + "pass\n")
attempt("unary 100000", "-" * 100000 + "1", "eval")
print("still running")
