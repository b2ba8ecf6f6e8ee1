/*
 * tests/unit/test_none.c - runtime/none.c: None, NotImplemented and Ellipsis.
 */
#include <criterion/criterion.h>
#include "mnemo.h"
#include "util.h"

TestSuite(none, .init = mn_test_setup, .fini = mn_test_teardown);

static void
expect_repr(MnObject *o, const char *text)
{
    MnObject *r = mn_object_repr(o);
    cr_assert_not_null(r);
    cr_assert_str_eq(mn_str_as_utf8(r, NULL), text);
    mn_decref(r);
}

Test(none, singletons_have_their_reprs_and_types)
{
    expect_repr(mn_None, "None");
    expect_repr(mn_NotImplemented, "NotImplemented");
    expect_repr(mn_Ellipsis, "Ellipsis");
    cr_assert_eq(MN_TYPE(mn_None), &mn_none_type);
    cr_assert_str_eq(mn_none_type.tp_name, "NoneType");
}

Test(none, none_is_false_and_calling_its_type_returns_it)
{
    cr_assert_eq(mn_object_is_true(mn_None), 0);
    MnObject *r = mn_object_call((MnObject *)&mn_none_type, NULL, 0, NULL);
    cr_assert_eq(r, mn_None);
    mn_decref(r);
    MnObject *one = mn_int_from_long(1);
    cr_assert_null(mn_object_call((MnObject *)&mn_none_type, &one, 1, NULL));
    cr_assert_eq(mn_err_occurred(), mn_exc_TypeError);
    mn_err_clear();
    mn_decref(one);
}
