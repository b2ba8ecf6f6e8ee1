/*
 * tests/unit/test_func.c - function, cell, bound method and generator objects from C.
 */
#include <criterion/criterion.h>
#include "util.h"
#include "mnemo.h"
#include "compile.h"
#include "eval.h"
#include "parse.h"
#include "func.h"
#include "cell.h"
#include "method.h"
#include "gen.h"

TestSuite(func, .init = mn_test_setup, .fini = mn_test_teardown);

static MnObject *
define(const char *src, const char *name, MnObject **globals)
{
    MnObject *co = mn_compile_string(src, "<unit>", MN_PARSE_EXEC);
    cr_assert_not_null(co);
    *globals = mn_dict_new();
    MnObject *r = mn_eval_code(co, *globals, *globals);
    mn_decref(co);
    cr_assert_not_null(r);
    mn_decref(r);
    MnObject *f = mn_dict_get_cstr_borrow(*globals, name);
    cr_assert_not_null(f);
    return mn_newref(f);
}

static void
drop(MnObject *g)
{
    mn_dict_clear(g);
    mn_decref(g);
}

Test(func, cells_hold_and_release_values)
{
    MnObject *v = mn_int_from_long(12345);
    MnObject *c = mn_cell_new(v);
    cr_assert_not_null(c);
    cr_expect_eq(MN_CELL_GET(c), v);
    cr_expect_eq(MN_REFCNT(v), 2);
    mn_cell_set(c, NULL);
    cr_expect_null(MN_CELL_GET(c));
    cr_expect_eq(MN_REFCNT(v), 1);
    mn_decref(c);
    mn_decref(v);
}

Test(func, calling_a_function_from_c)
{
    MnObject *g;
    MnObject *f = define("def add(a, b=10):\n    return a + b\n", "add", &g);
    cr_expect(MN_FUNC_CHECK(f));
    MnObject *one = mn_int_from_long(1);
    MnObject *r = mn_object_call(f, &one, 1, NULL);
    cr_assert_not_null(r);
    cr_expect_eq(mn_int_as_long(r), 11);
    mn_decref(r);
    r = mn_object_call(f, NULL, 0, NULL);
    cr_expect_null(r);
    cr_expect(mn_err_matches((MnObject *)mn_exc_TypeError));
    mn_err_clear();
    mn_decref(one);
    mn_decref(f);
    drop(g);
}

Test(func, bound_methods_prepend_self)
{
    MnObject *g;
    MnObject *f = define("def ident(*a):\n    return a\n", "ident", &g);
    MnObject *self = mn_int_from_long(7);
    MnObject *m = mn_method_new(f, self);
    cr_assert_not_null(m);
    MnObject *arg = mn_int_from_long(8);
    MnObject *r = mn_object_call(m, &arg, 1, NULL);
    cr_assert_not_null(r);
    cr_expect_eq(MN_TUPLE_LEN(r), 2);
    cr_expect_eq(MN_TUPLE_GET(r, 0), self);
    mn_decref(r);
    mn_decref(arg);
    mn_decref(m);
    mn_decref(self);
    mn_decref(f);
    drop(g);
}

Test(func, generators_step_from_c)
{
    MnObject *g;
    MnObject *f = define("def gen():\n    x = yield 1\n    yield x * 2\n", "gen", &g);
    MnObject *gen = mn_object_call(f, NULL, 0, NULL);
    cr_assert_not_null(gen);
    cr_expect(MN_GEN_CHECK(gen));
    MnObject *v = mn_iter_next(gen);
    cr_assert_not_null(v);
    cr_expect_eq(mn_int_as_long(v), 1);
    mn_decref(v);
    MnObject *five = mn_int_from_long(5);
    v = mn_gen_send(gen, five);
    cr_assert_not_null(v);
    cr_expect_eq(mn_int_as_long(v), 10);
    mn_decref(v);
    cr_expect_eq(mn_gen_close(gen), 0);
    mn_decref(five);
    mn_decref(gen);
    mn_decref(f);
    drop(g);
}

Test(func, suspended_generator_is_closed_on_dealloc)
{
    MnObject *g;
    MnObject *f = define("log = []\ndef gen():\n    try:\n        yield 1\n    finally:\n"
                         "        log.append('closed')\n", "gen", &g);
    MnObject *gen = mn_object_call(f, NULL, 0, NULL);
    MnObject *v = mn_iter_next(gen);
    mn_decref(v);
    mn_decref(gen);
    MnObject *log = mn_dict_get_cstr_borrow(g, "log");
    cr_expect_eq(MN_LIST_LEN(log), 1);
    mn_decref(f);
    drop(g);
}
