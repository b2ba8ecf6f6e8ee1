/*
 * tests/unit/test_range.c - runtime/range.c: length, membership, iteration, big ranges.
 */
#include <criterion/criterion.h>
#include "util.h"
#include "mnemo.h"

TestSuite(range, .init = mn_test_setup, .fini = mn_test_teardown);

static MnObject *
make(long a, long b, long c)
{
    MnObject *x = mn_int_from_long(a), *y = mn_int_from_long(b), *z = mn_int_from_long(c);
    MnObject *r = mn_range_new(x, y, z);
    mn_decref(x);
    mn_decref(y);
    mn_decref(z);
    return r;
}

Test(range, length_and_repr)
{
    MnObject *r = make(0, 10, 3);
    cr_assert_eq(mn_object_length(r), 4);
    MnObject *s = mn_object_repr(r);
    cr_assert(mn_str_eq_cstr(s, "range(0, 10, 3)"));
    mn_decref(s);
    mn_decref(r);
    r = make(5, 0, -2);
    cr_assert_eq(mn_object_length(r), 3);
    mn_decref(r);
}

Test(range, contains_is_arithmetic)
{
    MnObject *r = make(0, 1000000000, 7);
    MnObject *yes = mn_int_from_long(700000000), *no = mn_int_from_long(700000001);
    cr_assert_eq(mn_object_contains(r, yes), 1);
    cr_assert_eq(mn_object_contains(r, no), 0);
    mn_decref(yes);
    mn_decref(no);
    mn_decref(r);
}

Test(range, iteration_yields_every_item)
{
    MnObject *r = make(3, -3, -2);
    MnObject *it = mn_object_get_iter(r);
    long expect[] = {3, 1, -1};
    for (int i = 0; i < 3; i++) {
        MnObject *v = mn_iter_next(it);
        cr_assert_not_null(v);
        cr_assert_eq(mn_int_as_long(v), expect[i]);
        mn_decref(v);
    }
    cr_assert_null(mn_iter_next(it));
    cr_assert_null(mn_err_occurred());
    mn_decref(it);
    mn_decref(r);
}
