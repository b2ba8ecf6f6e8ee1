/*
 * tests/unit/test_iter.c - runtime/iter.c: the sequence and callable iterators, reversed.
 */
#include <criterion/criterion.h>
#include "util.h"
#include "mnemo.h"
#include "iter.h"

TestSuite(iter, .init = mn_test_setup, .fini = mn_test_teardown);

Test(iter, seqiter_walks_a_list_by_index)
{
    MnObject *l = mn_list_new(0);
    MnObject *one = mn_int_from_long(1);
    mn_list_append(l, one);
    mn_list_append(l, one);
    MnObject *it = mn_seqiter_new(l);
    int n = 0;
    MnObject *v;
    while ((v = mn_iter_next(it)) != NULL) {
        n++;
        mn_decref(v);
    }
    cr_assert_null(mn_err_occurred());
    cr_assert_eq(n, 2);
    mn_decref(it);
    mn_decref(one);
    mn_decref(l);
}

Test(iter, reversed_of_int_is_an_error)
{
    MnObject *one = mn_int_from_long(1);
    cr_assert_null(mn_reversed_new(one));
    cr_assert(mn_err_matches((MnObject *)mn_exc_TypeError));
    mn_err_clear();
    mn_decref(one);
}

Test(iter, reversed_list_uses_list_reverseiterator)
{
    MnObject *l = mn_list_new(0);
    MnObject *r = mn_reversed_new(l);
    cr_assert_eq(MN_TYPE(r), &mn_list_reviter_type);
    cr_assert_null(mn_iter_next(r));
    mn_decref(r);
    mn_decref(l);
}
