/*
 * tests/unit/test_list.c - runtime/list.c, list_slice.c and sort.c: CPython's growth pattern,
 * construction, slicing, sorting, and the trashcan for deep nesting.
 */
#include <criterion/criterion.h>
#include "util.h"
#include "mnemo.h"
#include "sequtil.h"

TestSuite(list, .init = mn_test_setup, .fini = mn_test_teardown);

static MnObject *
int_list(intptr_t n)
{
    MnObject *l = mn_list_new(0);
    for (intptr_t i = 0; i < n; i++) {
        MnObject *v = mn_int_from_ssize(i);
        cr_assert_eq(mn_list_append(l, v), 0);
        mn_decref(v);
    }
    return l;
}

Test(list, append_overallocates_like_cpython)
{
    // sys.getsizeof sizes (with the 16-byte collector header) after each append in CPython
    static const size_t expected[] = {56, 88, 88, 88, 88, 120, 120, 120, 120, 184};
    MnObject *l = mn_list_new(0);
    cr_assert_not_null(l);
    cr_assert_eq(mn_list_sizeof(l) + 16, 56);
    for (int i = 1; i < 10; i++) {
        cr_assert_eq(mn_list_append(l, mn_None), 0);
        cr_expect_eq(mn_list_sizeof(l) + 16, expected[i], "after %d appends: %zu", i,
                     mn_list_sizeof(l) + 16);
    }
    cr_assert_eq(MN_LIST_LEN(l), 9);
    mn_decref(l);
}

Test(list, new_is_exact_and_tracked)
{
    MnObject *l = mn_list_new(3);
    cr_assert_eq(((MnList *)l)->allocated, 3);
    cr_assert(mn_gc_is_tracked(l));
    for (int i = 0; i < 3; i++) {
        MN_LIST_SET(l, i, mn_int_from_long(i));
    }
    MnObject *r = mn_object_repr(l);
    cr_assert(mn_str_eq_cstr(r, "[0, 1, 2]"));
    mn_decref(r);
    mn_decref(l);
}

Test(list, from_iterable_preallocates_from_length)
{
    MnObject *src = int_list(10);
    MnObject *copy = mn_list_from_iterable(src);
    cr_assert_eq(((MnList *)copy)->allocated, 10);
    MnObject *t = mn_list_as_tuple(copy);
    cr_assert_eq(MN_TUPLE_LEN(t), 10);
    mn_decref(t);
    mn_decref(copy);
    mn_decref(src);
}

Test(list, insert_clamps_and_slices_copy)
{
    MnObject *l = int_list(3);
    MnObject *x = mn_str_from_cstr("x");
    cr_assert_eq(mn_list_insert(l, -100, x), 0);
    cr_assert_eq(mn_list_insert(l, 100, x), 0);
    cr_assert_eq(MN_LIST_LEN(l), 5);
    cr_assert_eq(MN_LIST_GET(l, 0), x);
    cr_assert_eq(MN_LIST_GET(l, 4), x);
    MnObject *s = mn_list_get_slice(l, 1, 100);
    cr_assert_eq(MN_LIST_LEN(s), 4);
    cr_assert_eq(((MnList *)s)->allocated, 4);
    mn_decref(s);
    mn_decref(x);
    mn_decref(l);
}

Test(list, sort_is_stable_with_key_and_reverse)
{
    MnObject *l = mn_list_new(0);
    // (k, i) tuples with repeated keys
    for (int i = 0; i < 100; i++) {
        MnObject *k = mn_int_from_long(i % 7), *v = mn_int_from_long(i);
        MnObject *t = mn_tuple_pack(2, k, v);
        mn_list_append(l, t);
        mn_decref(t);
        mn_decref(k);
        mn_decref(v);
    }
    cr_assert_eq(mn_list_sort(l, NULL, 1), 0);
    for (int i = 1; i < 100; i++) {
        MnObject *a = MN_LIST_GET(l, i - 1), *b = MN_LIST_GET(l, i);
        cr_assert(mn_int_compare(MN_TUPLE_GET(a, 0), MN_TUPLE_GET(b, 0)) >= 0);
    }
    cr_assert_eq(mn_list_sort(l, NULL, 0), 0);
    cr_assert_eq(mn_int_as_long(MN_TUPLE_GET(MN_LIST_GET(l, 0), 1)), 0);
    cr_assert_eq(mn_int_as_long(MN_TUPLE_GET(MN_LIST_GET(l, 99), 1)), 97);
    mn_decref(l);
}

Test(list, sort_of_mixed_types_fails_and_keeps_items)
{
    MnObject *l = int_list(5);
    MnObject *s = mn_str_from_cstr("a");
    mn_list_append(l, s);
    mn_decref(s);
    cr_assert_eq(mn_list_sort(l, NULL, 0), -1);
    cr_assert(mn_err_matches((MnObject *)mn_exc_TypeError));
    mn_err_clear();
    cr_assert_eq(MN_LIST_LEN(l), 6);
    mn_decref(l);
}

Test(list, deep_nesting_is_freed_without_recursion)
{
    MnObject *l = mn_list_new(0);
    for (int i = 0; i < 300000; i++) {
        MnObject *outer = mn_list_new(0);
        mn_list_append(outer, l);
        mn_decref(l);
        l = outer;
    }
    mn_decref(l);
}

Test(list, subscript_errors_have_cpython_messages)
{
    MnObject *l = int_list(2);
    MnObject *k = mn_int_from_long(5);
    cr_assert_null(mn_object_getitem(l, k));
    cr_assert(mn_err_matches((MnObject *)mn_exc_IndexError));
    mn_err_clear();
    MnObject *s = mn_str_from_cstr("a");
    cr_assert_null(mn_object_getitem(l, s));
    cr_assert(mn_err_matches((MnObject *)mn_exc_TypeError));
    mn_err_clear();
    mn_decref(s);
    mn_decref(k);
    mn_decref(l);
}

Test(list, extend_of_empty_list_preallocates_an_even_count)
{
    MnObject *one = mn_int_from_long(1);
    MnObject *t = mn_tuple_pack(3, one, one, one);
    MnObject *l = mn_list_new(0);
    cr_assert_eq(mn_list_extend(l, t), 0);
    cr_assert_eq(MN_LIST_LEN(l), 3);
    cr_assert_eq(mn_list_sizeof(l) + 16, 88);   // sys.getsizeof(list((1, 1, 1)))
    cr_assert_eq(mn_list_extend(l, t), 0);       // grows with list_resize: 6 -> 12 slots
    cr_assert_eq(mn_list_sizeof(l) + 16, 152);
    mn_decref(l);
    mn_decref(t);
    mn_decref(one);
}

Test(list, freelist_reuses_dead_lists)
{
    MnObject *a = mn_list_new(0);
    mn_decref(a);
    MnObject *b = mn_list_new(2);
    cr_assert_eq(a, b, "the dead list object is reused, as CPython's free list");
    cr_assert_eq(MN_LIST_LEN(b), 2);
    cr_assert_null(MN_LIST_GET(b, 0));
    MN_LIST_SET(b, 0, mn_newref(mn_None));
    MN_LIST_SET(b, 1, mn_newref(mn_None));
    mn_decref(b);
}
