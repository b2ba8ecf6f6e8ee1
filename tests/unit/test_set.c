/*
 * tests/unit/test_set.c - the set table: iteration order equal to CPython's, sizes, dummies,
 * resizing, pop order, frozenset hashes, and the bulk operations.
 */
#include <criterion/criterion.h>
#include <string.h>
#include "util.h"
#include "mnemo.h"

TestSuite(set, .init = mn_test_setup, .fini = mn_test_teardown);

static MnObject *
num(long v)
{
    MnObject *o = mn_int_from_long(v);
    cr_assert_not_null(o);
    return o;
}

static void
add_num(MnObject *s, long v)
{
    MnObject *o = num(v);
    cr_assert_eq(mn_set_add(s, o), 0);
    mn_decref(o);
}

static void
add_str(MnObject *s, const char *v)
{
    MnObject *o = mn_str_from_cstr(v);
    cr_assert_not_null(o);
    cr_assert_eq(mn_set_add(s, o), 0);
    mn_decref(o);
}

static void
expect_repr(MnObject *o, const char *want)
{
    MnObject *r = mn_object_repr(o);
    cr_assert_not_null(r);
    cr_expect_str_eq(mn_str_as_utf8(r, NULL), want);
    mn_decref(r);
}

Test(set, iteration_order_matches_cpython)
{
    MnObject *s = mn_set_new(NULL);
    add_str(s, "b");
    add_str(s, "a");
    add_str(s, "c");
    add_num(s, 10);
    add_num(s, 3);
    expect_repr(s, "{3, 10, 'b', 'c', 'a'}");
    mn_decref(s);
}

Test(set, sizes_grow_like_cpython)
{
    static const size_t want[] = {216, 216, 216, 216, 216, 728, 728, 728, 728, 728, 728, 728};
    for (long n = 0; n < 12; n++) {
        MnObject *s = mn_set_new(NULL);
        for (long i = 0; i < n; i++) {
            add_num(s, i);
        }
        cr_expect_eq(mn_set_sizeof(s) + 16, want[n], "n=%ld", n);
        mn_decref(s);
    }
}

Test(set, dummies_are_reused_and_order_matches_cpython)
{
    MnObject *s = mn_set_new(NULL);
    for (long i = 0; i < 20; i++) {
        add_num(s, i);
    }
    for (long i = 0; i < 20; i += 3) {
        MnObject *k = num(i);
        cr_expect_eq(mn_set_discard(s, k), 1);
        cr_expect_eq(mn_set_discard(s, k), 0);
        mn_decref(k);
    }
    add_num(s, 100);
    expect_repr(s, "{1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 100}");
    cr_expect_eq(mn_set_sizeof(s) + 16, 2264);
    cr_expect_eq(MN_SET_LEN(s), 14);
    mn_decref(s);
}

Test(set, pop_walks_the_table_with_a_finger)
{
    MnObject *s = mn_set_new(NULL);
    for (long i = 0; i < 5; i++) {
        add_num(s, i);
    }
    for (long i = 0; i < 5; i++) {
        MnObject *k = mn_set_pop(s);
        cr_assert_not_null(k);
        cr_expect_eq(mn_int_as_long(k), i);
        mn_decref(k);
    }
    cr_expect_null(mn_set_pop(s));
    cr_expect(mn_err_matches((MnObject *)mn_exc_KeyError));
    mn_err_clear();
    mn_decref(s);
}

Test(set, frozenset_hash_matches_cpython)
{
    MnObject *empty = mn_frozenset_new(NULL);
    cr_expect_eq(mn_object_hash(empty), 133146708735736LL);
    MnObject *s = mn_set_new(NULL);
    add_num(s, 1);
    add_num(s, 2);
    add_num(s, 3);
    MnObject *f = mn_frozenset_new(s);
    cr_expect_eq(mn_object_hash(f), -272375401224217160LL);
    MnObject *ab = mn_set_new(NULL);
    add_str(ab, "a");
    add_str(ab, "b");
    MnObject *fab = mn_frozenset_new(ab);
    cr_expect_eq(mn_object_hash(fab), 1679668661828516449LL);
    cr_expect_eq(mn_object_hash(s), -1);
    cr_expect(mn_err_matches((MnObject *)mn_exc_TypeError));
    mn_err_clear();
    mn_decref(empty);
    mn_decref(s);
    mn_decref(f);
    mn_decref(ab);
    mn_decref(fab);
}

Test(set, bulk_operations)
{
    MnObject *a = mn_set_new(NULL), *b = mn_set_new(NULL);
    for (long i = 0; i < 10; i++) {
        add_num(a, i);
        add_num(b, i + 5);
    }
    MnObject *inter = mn_set_intersection(a, b);
    expect_repr(inter, "{5, 6, 7, 8, 9}");
    MnObject *c = mn_set_new(a);
    cr_assert_eq(mn_set_difference_update(c, b), 0);
    expect_repr(c, "{0, 1, 2, 3, 4}");
    cr_assert_eq(mn_set_symmetric_difference_update(c, inter), 0);
    expect_repr(c, "{0, 1, 2, 3, 4, 7, 6, 5, 8, 9}");
    cr_assert_eq(mn_set_update(c, b), 0);
    cr_expect_eq(MN_SET_LEN(c), 15);
    MnObject *k = num(14);
    cr_expect_eq(mn_set_contains(c, k), 1);
    mn_decref(k);
    mn_set_clear(c);
    cr_expect_eq(MN_SET_LEN(c), 0);
    cr_expect_eq(mn_set_sizeof(c) + 16, 216);
    intptr_t pos = 0, hash;
    MnObject *key;
    long n = 0;
    while (mn_set_next(b, &pos, &key, &hash)) {
        cr_expect_eq(hash, mn_int_as_long(key));
        n++;
    }
    cr_expect_eq(n, 10);
    mn_decref(a);
    mn_decref(b);
    mn_decref(c);
    mn_decref(inter);
}

Test(set, sets_are_tracked_from_creation)
{
    MnObject *s = mn_set_new(NULL);
    cr_expect_eq(mn_gc_is_tracked(s), 1);
    MnObject *f = mn_frozenset_new(NULL);
    cr_expect_eq(mn_gc_is_tracked(f), 1);
    mn_decref(s);
    mn_decref(f);
}

Test(set, merging_a_frozenset_into_an_empty_set_resizes_first)
{
    // CPython compiles {'b', 'a', 'c', 10, 3} as set().update(frozenset constant).
    MnObject *src = mn_set_new(NULL);
    add_str(src, "b");
    add_str(src, "a");
    add_str(src, "c");
    add_num(src, 10);
    add_num(src, 3);
    MnObject *f = mn_frozenset_new(src);
    MnObject *s = mn_set_new(NULL);
    cr_assert_eq(mn_set_update(s, f), 0);
    expect_repr(s, "{'c', 3, 'a', 10, 'b'}");
    cr_expect_eq(mn_set_sizeof(s) + 16, 472);
    cr_expect_eq(mn_set_sizeof(f) + 16, 472);
    mn_decref(src);
    mn_decref(f);
    mn_decref(s);
}

Test(set, discard_then_add_reuses_the_dummy_slot)
{
    MnObject *s = mn_set_new(NULL);
    add_num(s, 1);
    add_num(s, 9);      // same slot as 1 in an 8-slot table: probes linearly
    MnObject *one = num(1);
    cr_expect_eq(mn_set_discard(s, one), 1);
    intptr_t fill = ((MnSet *)s)->fill;
    add_num(s, 17);     // lands on the dummy left by 1
    cr_expect_eq(((MnSet *)s)->fill, fill);
    expect_repr(s, "{17, 9}");
    mn_decref(one);
    mn_decref(s);
}
