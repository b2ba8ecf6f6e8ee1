/*
 * tests/unit/test_slice.c - runtime/slice.c: CPython's index clamping.
 */
#include <criterion/criterion.h>
#include "util.h"
#include "mnemo.h"

TestSuite(slice, .init = mn_test_setup, .fini = mn_test_teardown);

static intptr_t
resolve(MnObject *a, MnObject *b, MnObject *c, intptr_t len, intptr_t out[3])
{
    MnObject *s = mn_slice_new(a, b, c);
    intptr_t n = mn_slice_indices(s, len, &out[0], &out[1], &out[2]);
    mn_decref(s);
    return n;
}

Test(slice, negative_step_defaults)
{
    MnObject *m1 = mn_int_from_long(-1);
    intptr_t o[3];
    cr_assert_eq(resolve(NULL, NULL, m1, 5, o), 5);
    cr_assert_eq(o[0], 4);
    cr_assert_eq(o[1], -1);
    cr_assert_eq(o[2], -1);
    mn_decref(m1);
}

Test(slice, out_of_range_bounds_clamp)
{
    MnObject *lo = mn_int_from_long(-100), *hi = mn_int_from_long(100);
    intptr_t o[3];
    cr_assert_eq(resolve(lo, hi, NULL, 7, o), 7);
    cr_assert_eq(o[0], 0);
    cr_assert_eq(o[1], 7);
    mn_decref(lo);
    mn_decref(hi);
}

Test(slice, zero_step_is_an_error)
{
    MnObject *z = mn_int_from_long(0);
    intptr_t o[3];
    cr_assert_eq(resolve(NULL, NULL, z, 3, o), -1);
    cr_assert(mn_err_matches((MnObject *)mn_exc_ValueError));
    mn_err_clear();
    mn_decref(z);
}
