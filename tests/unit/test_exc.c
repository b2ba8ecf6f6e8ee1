/*
 * tests/unit/test_exc.c - the exception hierarchy: layouts, flags, str/repr rules, the
 * accessors err.c uses, OSError's subclass mapping, the preallocated MemoryError.
 */
#include <criterion/criterion.h>
#include <string.h>
#include "util.h"
#include "mnemo.h"

TestSuite(exc, .init = mn_test_setup, .fini = mn_test_teardown);

static int
str_is(MnObject *o, const char *s)
{
    return o != NULL && MN_STR_CHECK(o) && strcmp(mn_str_as_utf8(o, NULL), s) == 0;
}

static void
expect_str_and_repr(MnObject *e, const char *s, const char *r)
{
    MnObject *so = mn_object_str(e), *ro = mn_object_repr(e);
    cr_expect(str_is(so, s), "str: %s", so ? mn_str_as_utf8(so, NULL) : "NULL");
    cr_expect(str_is(ro, r), "repr: %s", ro ? mn_str_as_utf8(ro, NULL) : "NULL");
    mn_xdecref(so);
    mn_xdecref(ro);
}

Test(exc, every_type_is_ready_and_flagged)
{
    cr_expect(MN_EXC_TYPE_CHECK(mn_exc_BaseException));
    cr_expect(MN_EXC_TYPE_CHECK(mn_exc_TabError));
    cr_expect(MN_TYPE_HAS_FLAG(mn_exc_ValueError, MN_TPFLAG_READY));
    cr_expect(MN_TYPE_HAS_FLAG(mn_exc_ValueError, MN_TPFLAG_GC));
    cr_expect(mn_type_is_subtype(mn_exc_FileNotFoundError, mn_exc_OSError));
    cr_expect(mn_type_is_subtype(mn_exc_TabError, mn_exc_SyntaxError));
    cr_expect(!mn_type_is_subtype(mn_exc_SystemExit, mn_exc_Exception));
    cr_expect_eq(mn_exc_BaseException->tp_basicsize, 72);
}

Test(exc, str_and_repr_follow_the_argument_count)
{
    MnObject *x = mn_str_from_cstr("x"), *one = mn_int_from_long(1), *two = mn_int_from_long(2);
    MnObject *e = mn_exc_new(mn_exc_ValueError, NULL, 0);
    expect_str_and_repr(e, "", "ValueError()");
    mn_decref(e);
    e = mn_exc_new(mn_exc_ValueError, &x, 1);
    expect_str_and_repr(e, "x", "ValueError('x')");
    mn_decref(e);
    MnObject *args[2] = {one, two};
    e = mn_exc_new(mn_exc_ValueError, args, 2);
    expect_str_and_repr(e, "(1, 2)", "ValueError(1, 2)");
    mn_decref(e);
    e = mn_exc_new(mn_exc_KeyError, &x, 1);
    expect_str_and_repr(e, "'x'", "KeyError('x')");
    mn_decref(e);
    mn_decref(x);
    mn_decref(one);
    mn_decref(two);
}

Test(exc, accessors_manage_context_cause_and_traceback)
{
    MnObject *e = mn_exc_new(mn_exc_TypeError, NULL, 0);
    MnObject *c = mn_exc_new(mn_exc_KeyError, NULL, 0);
    cr_expect_null(mn_exc_get_context(e));
    mn_exc_set_context(e, mn_newref(c));
    cr_expect_eq(mn_exc_get_context(e), c);
    mn_exc_set_cause(e, mn_newref(c));
    cr_expect_eq(mn_exc_get_cause(e), c);
    cr_expect_eq(((MnBaseException *)e)->suppress_context, 1);
    cr_expect_eq(MN_TUPLE_LEN(mn_exc_get_args(e)), 0);
    mn_exc_set_traceback(e, NULL);
    cr_expect_null(mn_exc_get_traceback(e));
    mn_exc_set_context(e, NULL);
    mn_decref(c);
    mn_decref(e);
}

Test(exc, oserror_picks_the_errno_subclass)
{
    MnObject *args[3] = {mn_int_from_long(2), mn_str_from_cstr("No such file or directory"),
                         mn_str_from_cstr("x.py")};
    MnObject *e = mn_exc_new(mn_exc_OSError, args, 3);
    cr_assert_not_null(e);
    cr_expect_eq(MN_TYPE(e), mn_exc_FileNotFoundError);
    expect_str_and_repr(e, "[Errno 2] No such file or directory: 'x.py'",
                        "FileNotFoundError(2, 'No such file or directory')");
    mn_decref(e);
    MN_SETREF(args[0], mn_int_from_long(13));
    e = mn_exc_new(mn_exc_OSError, args, 2);
    cr_expect_eq(MN_TYPE(e), mn_exc_PermissionError);
    mn_decref(e);
    for (int i = 0; i < 3; i++) {
        mn_decref(args[i]);
    }
}

Test(exc, syntax_error_str_uses_the_file_basename)
{
    MnObject *info = mn_tuple_pack(4, mn_None, mn_None, mn_None, mn_None);
    MN_SETREF(MN_TUPLE_ITEMS(info)[0], mn_str_from_cstr("dir/x.py"));
    MN_SETREF(MN_TUPLE_ITEMS(info)[1], mn_int_from_long(1));
    MnObject *args[2] = {mn_str_from_cstr("invalid syntax"), info};
    MnObject *e = mn_exc_new(mn_exc_SyntaxError, args, 2);
    cr_assert_not_null(e);
    MnObject *s = mn_object_str(e);
    cr_expect(str_is(s, "invalid syntax (x.py, line 1)"));
    mn_decref(s);
    mn_decref(e);
    mn_decref(args[0]);
    mn_decref(info);
}

Test(exc, memory_error_is_preallocated)
{
    cr_assert_not_null(mn_rt.memory_error);
    cr_expect_eq(MN_TYPE(mn_rt.memory_error), mn_exc_MemoryError);
}

Test(exc, keyword_arguments_are_refused)
{
    MnObject *kw = mn_tuple_pack(1, mn_None);
    MN_SETREF(MN_TUPLE_ITEMS(kw)[0], mn_str_from_cstr("x"));
    MnObject *v = mn_int_from_long(1);
    MnObject *e = mn_object_call((MnObject *)mn_exc_ValueError, &v, 0, kw);
    cr_expect_null(e);
    MnObject *err = mn_err_fetch();
    MnObject *s = mn_object_str(err);
    cr_expect(str_is(s, "ValueError() takes no keyword arguments"));
    mn_decref(s);
    mn_decref(err);
    mn_decref(v);
    mn_decref(kw);
}
