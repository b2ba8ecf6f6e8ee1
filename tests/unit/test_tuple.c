/*
 * tests/unit/test_tuple.c - runtime/tuple.c: the empty singleton, CPython's hash, slicing.
 */
#include <criterion/criterion.h>
#include "util.h"
#include "mnemo.h"

TestSuite(tuple, .init = mn_test_setup, .fini = mn_test_teardown);

Test(tuple, empty_is_a_singleton)
{
    MnObject *a = mn_tuple_new(0), *b = mn_tuple_from_array(NULL, 0);
    cr_assert_eq(a, b);
    cr_assert_not(mn_gc_is_tracked(a));
    mn_decref(a);
    mn_decref(b);
}

Test(tuple, hash_matches_cpython)
{
    MnObject *one = mn_int_from_long(1), *two = mn_int_from_long(2);
    MnObject *t = mn_tuple_pack(2, one, two);
    cr_assert_eq(mn_object_hash(t), (intptr_t)-3550055125485641917LL);
    MnObject *e = mn_tuple_new(0);
    cr_assert_eq(mn_object_hash(e), (intptr_t)5740354900026072187LL);
    mn_decref(e);
    mn_decref(t);
    mn_decref(one);
    mn_decref(two);
}

Test(tuple, full_slice_returns_itself)
{
    MnObject *one = mn_int_from_long(1);
    MnObject *t = mn_tuple_pack(3, one, one, one);
    MnObject *s = mn_tuple_slice(t, 0, 3);
    cr_assert_eq(s, t);
    MnObject *s2 = mn_tuple_slice(t, -5, 1);
    cr_assert_eq(MN_TUPLE_LEN(s2), 1);
    MnObject *same = mn_tuple_from_iterable(t);
    cr_assert_eq(same, t);
    mn_decref(same);
    mn_decref(s2);
    mn_decref(s);
    mn_decref(t);
    mn_decref(one);
}

Test(tuple, repr_of_one_item_has_comma)
{
    MnObject *one = mn_int_from_long(1);
    MnObject *t = mn_tuple_pack(1, one);
    MnObject *r = mn_object_repr(t);
    cr_assert(mn_str_eq_cstr(r, "(1,)"));
    mn_decref(r);
    mn_decref(t);
    mn_decref(one);
}

Test(tuple, freelist_reuses_dead_tuples_of_the_same_size)
{
    MnObject *a = mn_tuple_new(3);
    for (int i = 0; i < 3; i++) {
        MN_TUPLE_SET(a, i, mn_newref(mn_None));
    }
    mn_decref(a);
    MnObject *b = mn_tuple_new(3);
    cr_assert_eq(a, b);
    cr_assert_null(MN_TUPLE_GET(b, 0));
    cr_assert(mn_gc_is_tracked(b));
    for (int i = 0; i < 3; i++) {
        MN_TUPLE_SET(b, i, mn_newref(mn_None));
    }
    mn_decref(b);
}
