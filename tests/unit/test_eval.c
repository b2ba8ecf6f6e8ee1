/*
 * tests/unit/test_eval.c - the VM through mn_eval_code: values left in globals, calls,
 * exceptions and their tracebacks, generators, classes, recursion limits.
 */
#include <criterion/criterion.h>
#include "util.h"
#include "mnemo.h"
#include "compile.h"
#include "eval.h"
#include "parse.h"
#include "traceback.h"

TestSuite(eval, .init = mn_test_setup, .fini = mn_test_teardown);

// Runs [src] in a fresh globals dict. -> new dict (the globals); fails the test on error.
static MnObject *
run(const char *src)
{
    MnObject *co = mn_compile_string(src, "<unit>", MN_PARSE_EXEC);
    cr_assert_not_null(co, "compile failed: %s", src);
    MnObject *g = mn_dict_new();
    cr_assert_not_null(g);
    MnObject *r = mn_eval_code(co, g, g);
    mn_decref(co);
    cr_assert_not_null(r, "eval failed: %s", src);
    mn_decref(r);
    return g;
}

static long
get_long(MnObject *g, const char *name)
{
    MnObject *v = mn_dict_get_cstr_borrow(g, name);
    cr_assert_not_null(v, "%s not set", name);
    cr_assert(MN_INT_CHECK(v), "%s is not an int", name);
    return mn_int_as_long(v);
}

static void
clear_and_drop(MnObject *g)
{
    mn_dict_clear(g);
    mn_decref(g);
}

Test(eval, arithmetic_and_assignment)
{
    MnObject *g = run("a = 1 + 2 * 3\nb = a // 2\nc = -a % 4\na += 1\n");
    cr_expect_eq(get_long(g, "a"), 8);
    cr_expect_eq(get_long(g, "b"), 3);
    cr_expect_eq(get_long(g, "c"), 1);
    clear_and_drop(g);
}

Test(eval, loops_and_branches)
{
    MnObject *g = run("t = 0\nfor i in range(10):\n    if i % 2:\n        continue\n"
                      "    t += i\nn = 0\nwhile True:\n    n += 1\n    if n == 7:\n"
                      "        break\n");
    cr_expect_eq(get_long(g, "t"), 20);
    cr_expect_eq(get_long(g, "n"), 7);
    clear_and_drop(g);
}

Test(eval, python_calls_with_all_argument_kinds)
{
    MnObject *g = run("def f(a, b=2, *args, c, d=4, **kw):\n"
                      "    return a + b + len(args) + c + d + len(kw)\n"
                      "r1 = f(1, c=3)\nr2 = f(1, 1, 9, 9, c=1, d=1, e=1, g=2)\n"
                      "r3 = f(*[1, 2], **{'c': 3})\n");
    cr_expect_eq(get_long(g, "r1"), 10);
    cr_expect_eq(get_long(g, "r2"), 8);
    cr_expect_eq(get_long(g, "r3"), 10);
    clear_and_drop(g);
}

Test(eval, closures_share_cells)
{
    MnObject *g = run("def mk():\n    n = 0\n    def inc():\n        nonlocal n\n"
                      "        n += 1\n        return n\n    return inc\n"
                      "c = mk()\nc()\nc()\nr = c()\n");
    cr_expect_eq(get_long(g, "r"), 3);
    clear_and_drop(g);
}

Test(eval, exceptions_are_caught_and_finally_runs)
{
    MnObject *g = run("log = 0\ntry:\n    1 / 0\nexcept ZeroDivisionError:\n    log += 1\n"
                      "finally:\n    log += 10\n"
                      "def f():\n    try:\n        return 1\n    finally:\n        global log\n"
                      "        log += 100\nf()\n");
    cr_expect_eq(get_long(g, "log"), 111);
    clear_and_drop(g);
}

Test(eval, uncaught_exception_has_traceback)
{
    MnObject *co = mn_compile_string("def f():\n    raise ValueError('x')\nf()\n", "<unit>",
                                     MN_PARSE_EXEC);
    cr_assert_not_null(co);
    MnObject *g = mn_dict_new();
    MnObject *r = mn_eval_code(co, g, g);
    cr_expect_null(r);
    cr_assert(mn_err_matches((MnObject *)mn_exc_ValueError));
    MnObject *exc = mn_err_fetch();
    MnObject *tb = mn_exc_get_traceback(exc);
    cr_assert_not_null(tb);
    int n = 0;
    for (MnObject *t = tb; t != NULL; t = ((MnTraceback *)t)->tb_next) {
        n++;
    }
    cr_expect_eq(n, 2);
    cr_expect_eq(((MnTraceback *)tb)->tb_lineno, 3);
    mn_decref(exc);
    mn_decref(co);
    clear_and_drop(g);
}

Test(eval, generators_yield_and_return)
{
    MnObject *g = run("def gen(n):\n    for i in range(n):\n        yield i\n    return 'r'\n"
                      "s = sum(gen(5))\n"
                      "def d():\n    x = yield from gen(2)\n    yield x\n"
                      "l = len(list(d()))\n");
    cr_expect_eq(get_long(g, "s"), 10);
    cr_expect_eq(get_long(g, "l"), 3);
    clear_and_drop(g);
}

Test(eval, classes_and_super)
{
    MnObject *g = run("class A:\n    def v(self):\n        return 1\n"
                      "class B(A):\n    def v(self):\n        return super().v() + 10\n"
                      "r = B().v()\n");
    cr_expect_eq(get_long(g, "r"), 11);
    clear_and_drop(g);
}

Test(eval, recursion_limit_raises_recursion_error)
{
    MnObject *g = run("def f(n):\n    try:\n        return f(n + 1)\n"
                      "    except RecursionError:\n        return n\nr = f(0)\n");
    long r = get_long(g, "r");
    cr_expect(r > 900 && r < 1000, "depth %ld", r);
    cr_expect_eq(mn_rt.recursion_depth, 0);
    clear_and_drop(g);
}

Test(eval, deep_python_recursion_does_not_use_the_c_stack)
{
    MnObject *g = run("import sys\nsys.setrecursionlimit(100000)\n"
                      "def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nr = f(50000)\n"
                      "sys.setrecursionlimit(1000)\n");
    cr_expect_eq(get_long(g, "r"), 50000);
    clear_and_drop(g);
}

Test(eval, with_statement_calls_exit)
{
    MnObject *g = run("log = []\nclass CM:\n    def __enter__(self):\n        log.append(1)\n"
                      "        return self\n    def __exit__(self, *a):\n        log.append(2)\n"
                      "        return True\nwith CM():\n    raise KeyError\nn = len(log)\n");
    cr_expect_eq(get_long(g, "n"), 2);
    clear_and_drop(g);
}
