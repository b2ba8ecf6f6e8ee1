/*
 * tests/unit/test_compile.c - the compiler: code object shape, constant folding and merging,
 * symbol scopes, compile-time SyntaxErrors with positions.
 */
#include <criterion/criterion.h>
#include <string.h>
#include "util.h"
#include "mnemo.h"
#include "compile.h"
#include "code.h"
#include "parse.h"

TestSuite(compile, .init = mn_test_setup, .fini = mn_test_teardown);

static MnCode *
compile_ok(const char *src)
{
    MnObject *co = mn_compile_string(src, "<unit>", MN_PARSE_EXEC);
    cr_assert_not_null(co, "compile failed for: %s", src);
    cr_assert(MN_CODE_CHECK(co));
    return (MnCode *)co;
}

static MnCode *
find_code(MnCode *co, const char *name)
{
    for (intptr_t i = 0; i < MN_TUPLE_LEN(co->co_consts); i++) {
        MnObject *c = MN_TUPLE_GET(co->co_consts, i);
        if (MN_CODE_CHECK(c) && mn_str_eq_cstr(((MnCode *)c)->co_name, name)) {
            return (MnCode *)c;
        }
    }
    return NULL;
}

Test(compile, module_code_has_name_and_flags)
{
    MnCode *co = compile_ok("x = 1\n");
    cr_expect(mn_str_eq_cstr(co->co_name, "<module>"));
    cr_expect(mn_str_eq_cstr(co->co_filename, "<unit>"));
    cr_expect_eq(co->co_argcount, 0);
    cr_expect(co->co_stacksize >= 1);
    cr_expect(MN_TUPLE_LEN(co->co_consts) > 0);
    mn_decref(co);
}

Test(compile, function_arguments_are_counted)
{
    MnCode *co = compile_ok("def f(a, b, /, c, *args, d, e=1, **kw):\n    x = 1\n");
    MnCode *f = find_code(co, "f");
    cr_assert_not_null(f);
    cr_expect_eq(f->co_argcount, 3);
    cr_expect_eq(f->co_posonlyargcount, 2);
    cr_expect_eq(f->co_kwonlyargcount, 2);
    cr_expect(f->co_flags & MN_CO_VARARGS);
    cr_expect(f->co_flags & MN_CO_VARKEYWORDS);
    cr_expect_eq(MN_TUPLE_LEN(f->co_varnames), 8);
    cr_expect(mn_str_eq_cstr(MN_TUPLE_GET(f->co_varnames, 5), "args"));
    cr_expect(mn_str_eq_cstr(MN_TUPLE_GET(f->co_varnames, 6), "kw"));
    cr_expect(mn_str_eq_cstr(MN_TUPLE_GET(f->co_varnames, 7), "x"));
    mn_decref(co);
}

Test(compile, constants_are_folded)
{
    MnCode *co = compile_ok("a = 2 ** 10\nb = 'hel' + 'lo'\nc = -5\nd = (1, 2, (3,))\n");
    int found1024 = 0, foundhello = 0, foundtuple = 0;
    for (intptr_t i = 0; i < MN_TUPLE_LEN(co->co_consts); i++) {
        MnObject *c = MN_TUPLE_GET(co->co_consts, i);
        if (MN_INT_CHECK(c) && mn_int_as_long(c) == 1024) {
            found1024 = 1;
        }
        if (MN_STR_CHECK(c) && mn_str_eq_cstr(c, "hello")) {
            foundhello = 1;
        }
        if (MN_TUPLE_CHECK(c) && MN_TUPLE_LEN(c) == 3) {
            foundtuple = 1;
        }
    }
    cr_expect(found1024);
    cr_expect(foundhello);
    cr_expect(foundtuple);
    mn_decref(co);
}

Test(compile, large_repeats_are_not_folded)
{
    MnCode *co = compile_ok("a = 'x' * 5000\n");
    for (intptr_t i = 0; i < MN_TUPLE_LEN(co->co_consts); i++) {
        MnObject *c = MN_TUPLE_GET(co->co_consts, i);
        cr_expect(!(MN_STR_CHECK(c) && MN_STR_LEN(c) == 5000));
    }
    mn_decref(co);
}

Test(compile, constants_merge_across_code_objects)
{
    MnCode *co = compile_ok("x = 10000\ndef f():\n    return 10000\n");
    MnCode *f = find_code(co, "f");
    cr_assert_not_null(f);
    MnObject *outer = NULL, *inner = NULL;
    for (intptr_t i = 0; i < MN_TUPLE_LEN(co->co_consts); i++) {
        MnObject *c = MN_TUPLE_GET(co->co_consts, i);
        if (MN_INT_CHECK(c) && mn_int_as_long(c) == 10000) {
            outer = c;
        }
    }
    for (intptr_t i = 0; i < MN_TUPLE_LEN(f->co_consts); i++) {
        MnObject *c = MN_TUPLE_GET(f->co_consts, i);
        if (MN_INT_CHECK(c) && mn_int_as_long(c) == 10000) {
            inner = c;
        }
    }
    cr_expect_not_null(outer);
    cr_expect_eq(outer, inner);
    mn_decref(co);
}

Test(compile, closures_get_cell_and_free_variables)
{
    MnCode *co = compile_ok("def outer():\n    v = 1\n    def inner():\n        return v\n"
                            "    return inner\n");
    MnCode *outer = find_code(co, "outer");
    cr_assert_not_null(outer);
    cr_expect_eq(outer->co_ncells, 1);
    MnCode *inner = find_code(outer, "inner");
    cr_assert_not_null(inner);
    cr_expect_eq(inner->co_nfrees, 1);
    cr_expect(mn_str_eq_cstr(inner->co_qualname, "outer.<locals>.inner"));
    mn_decref(co);
}

Test(compile, class_methods_using_super_get_class_cell)
{
    MnCode *co = compile_ok("class C:\n    def m(self):\n        return super().m()\n");
    MnCode *cls = find_code(co, "C");
    cr_assert_not_null(cls);
    cr_expect_eq(cls->co_ncells, 1);
    MnCode *m = find_code(cls, "m");
    cr_assert_not_null(m);
    cr_expect(mn_str_eq_cstr(m->co_qualname, "C.m"));
    cr_expect(mn_str_eq_cstr(MN_TUPLE_GET(m->co_freevars, 0), "__class__"));
    mn_decref(co);
}

Test(compile, generators_are_flagged)
{
    MnCode *co = compile_ok("def g():\n    yield 1\n");
    MnCode *g = find_code(co, "g");
    cr_assert_not_null(g);
    cr_expect(g->co_flags & MN_CO_GENERATOR);
    mn_decref(co);
}

Test(compile, try_blocks_produce_exception_table)
{
    MnCode *co = compile_ok("try:\n    x = 1\nexcept ValueError:\n    pass\nfinally:\n"
                            "    y = 2\n");
    cr_expect(co->co_nexc >= 2);
    for (int i = 0; i < co->co_nexc; i++) {
        cr_expect(co->co_exctable[i].start < co->co_exctable[i].end);
        cr_expect(co->co_exctable[i].target < co->co_ncode);
    }
    mn_decref(co);
}

Test(compile, line_table_maps_instructions_to_lines)
{
    MnCode *co = compile_ok("a = 1\nb = 2\n\nc = 3\n");
    cr_expect_eq(mn_code_addr2line(co, 0), 1);
    cr_expect_eq(mn_code_addr2line(co, (int)co->co_ncode - 1), 4);
    mn_decref(co);
}

static void
expect_syntax_error(const char *src, const char *msg, int line)
{
    MnObject *co = mn_compile_string(src, "<unit>", MN_PARSE_EXEC);
    cr_assert_null(co, "expected a SyntaxError for %s", src);
    cr_assert(mn_err_matches((MnObject *)mn_exc_SyntaxError));
    MnObject *exc = mn_err_fetch();
    MnSyntaxError *se = (MnSyntaxError *)exc;
    cr_expect(se->msg && mn_str_eq_cstr(se->msg, msg), "wrong message for %s", src);
    cr_expect(se->lineno && mn_int_as_long(se->lineno) == line, "wrong line for %s", src);
    mn_decref(exc);
}

Test(compile, compile_time_errors_have_cpython_messages)
{
    expect_syntax_error("return 1\n", "'return' outside function", 1);
    expect_syntax_error("x = 1\nbreak\n", "'break' outside loop", 2);
    expect_syntax_error("continue\n", "'continue' not properly in loop", 1);
    expect_syntax_error("yield 1\n", "'yield' outside function", 1);
    expect_syntax_error("nonlocal x\n", "nonlocal declaration not allowed at module level", 1);
    expect_syntax_error("def f():\n    nonlocal q\n", "no binding for nonlocal 'q' found", 2);
    expect_syntax_error("def f(a):\n    global a\n", "name 'a' is parameter and global", 2);
    expect_syntax_error("def f():\n    print(x)\n    global x\n",
                        "name 'x' is used prior to global declaration", 3);
    expect_syntax_error("def f(a, a):\n    pass\n",
                        "duplicate argument 'a' in function definition", 1);
}
