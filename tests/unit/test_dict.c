/*
 * tests/unit/test_dict.c - the dict table: sizes as CPython 3.11 reports them, growth,
 * insertion order, dummies after deletion, popitem, presizing, collector tracking, the
 * str fast paths, and lookups restarting when a comparison mutates the dict.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include "util.h"
#include "mnemo.h"

TestSuite(dict, .init = mn_test_setup, .fini = mn_test_teardown);

static MnObject *
num(long v)
{
    MnObject *o = mn_int_from_long(v);
    cr_assert_not_null(o);
    return o;
}

static MnObject *
str(const char *s)
{
    MnObject *o = mn_str_from_cstr(s);
    cr_assert_not_null(o);
    return o;
}

static void
set_ll(MnObject *d, long k, long v)
{
    MnObject *ko = num(k), *vo = num(v);
    cr_assert_eq(mn_dict_set_item(d, ko, vo), 0);
    mn_decref(ko);
    mn_decref(vo);
}

static size_t
getsizeof(MnObject *d)
{
    return mn_dict_sizeof(d) + 16;
}

static void
expect_repr(MnObject *o, const char *want)
{
    MnObject *r = mn_object_repr(o);
    cr_assert_not_null(r);
    cr_expect_str_eq(mn_str_as_utf8(r, NULL), want);
    mn_decref(r);
}

Test(dict, sizes_grow_like_cpython_with_int_keys)
{
    static const size_t want[] = {64, 224, 224, 224, 224, 224, 352, 352, 352, 352, 352, 632,
                                  632, 632, 632, 632, 632, 632, 632, 632, 632, 632, 1168};
    MnObject *d = mn_dict_new();
    for (long i = 0; i < (long)(sizeof(want) / sizeof(want[0])); i++) {
        cr_expect_eq(getsizeof(d), want[i], "after %ld inserts: %zu", i, getsizeof(d));
        set_ll(d, i, i);
    }
    cr_expect_eq(MN_DICT_LEN(d), 23);
    mn_decref(d);
}

Test(dict, str_keyed_tables_use_small_entries)
{
    static const size_t want[] = {64, 184, 184, 184, 184, 184, 272, 272, 272, 272, 272, 464};
    MnObject *d = mn_dict_new();
    char name[16];
    for (int i = 0; i < 12; i++) {
        cr_expect_eq(getsizeof(d), want[i]);
        snprintf(name, sizeof(name), "k%d", i);
        MnObject *k = str(name);
        cr_assert_eq(mn_dict_set_item(d, k, k), 0);
        mn_decref(k);
    }
    // A non-str key converts the table to general entries (growth rate used*3).
    set_ll(d, 1, 1);
    cr_expect_eq(getsizeof(d), 1168);
    mn_decref(d);
    d = mn_dict_new();
    MnObject *a = str("a");
    cr_assert_eq(mn_dict_set_item(d, a, a), 0);
    set_ll(d, 1, 2);
    cr_expect_eq(getsizeof(d), 352);
    mn_decref(a);
    mn_decref(d);
}

Test(dict, insertion_order_survives_deletes_and_growth)
{
    MnObject *d = mn_dict_new();
    for (long i = 0; i < 10; i++) {
        set_ll(d, (i * 7) % 10, i);
    }
    for (long i = 0; i < 10; i += 3) {
        MnObject *k = num(i);
        cr_assert_eq(mn_dict_del_item(d, k), 0);
        mn_decref(k);
    }
    set_ll(d, 3, 99);
    for (long i = 100; i < 120; i++) {
        set_ll(d, i, -i);
    }
    MnObject *keys = mn_dict_keys(d);
    cr_assert_not_null(keys);
    cr_expect_eq(MN_LIST_LEN(keys), 27);
    static const long head[] = {7, 4, 1, 8, 5, 2, 3, 100};
    for (int i = 0; i < 8; i++) {
        cr_expect_eq(mn_int_as_long(MN_LIST_GET(keys, i)), head[i]);
    }
    mn_decref(keys);
    mn_decref(d);
}

Test(dict, deletion_leaves_dummies_and_keeps_size)
{
    MnObject *d = mn_dict_new();
    for (long i = 0; i < 10; i++) {
        set_ll(d, i, i);
    }
    size_t before = getsizeof(d);
    for (long i = 0; i < 9; i++) {
        MnObject *k = num(i);
        cr_assert_eq(mn_dict_del_item(d, k), 0);
        cr_expect_eq(mn_dict_contains(d, k), 0);
        mn_decref(k);
    }
    cr_expect_eq(getsizeof(d), before);
    MnObject *k9 = num(9), *v = NULL;
    cr_expect_eq(mn_dict_get_ref(d, k9, &v), 1);
    cr_expect_eq(v, k9);
    mn_decref(v);
    MnObject *missing = num(3);
    cr_expect_eq(mn_dict_del_item(d, missing), -1);
    cr_expect(mn_err_matches((MnObject *)mn_exc_KeyError));
    mn_err_clear();
    mn_decref(missing);
    mn_decref(k9);
    expect_repr(d, "{9: 9}");
    mn_dict_clear(d);
    cr_expect_eq(getsizeof(d), 64);
    mn_decref(d);
}

Test(dict, popitem_is_lifo_and_usable_is_not_restored)
{
    MnObject *d = mn_dict_new();
    for (long i = 0; i < 10; i++) {
        set_ll(d, i, i * 10);
    }
    for (long i = 9; i >= 0; i--) {
        MnObject *t = mn_dict_popitem(d);
        cr_assert_not_null(t);
        cr_expect_eq(mn_int_as_long(MN_TUPLE_GET(t, 0)), i);
        cr_expect_eq(mn_int_as_long(MN_TUPLE_GET(t, 1)), i * 10);
        mn_decref(t);
    }
    cr_expect_null(mn_dict_popitem(d));
    cr_expect(mn_err_matches((MnObject *)mn_exc_KeyError));
    mn_err_clear();
    cr_expect_eq(getsizeof(d), 352);
    set_ll(d, 1, 1);
    cr_expect_eq(getsizeof(d), 224);
    mn_decref(d);
}

Test(dict, presized_builds_match_cpython)
{
    MnObject *keys[8], *vals[8];
    const char *names[] = {"a", "b", "c", "d", "e", "f", "g", "h"};
    for (int i = 0; i < 8; i++) {
        keys[i] = str(names[i]);
        vals[i] = num(i);
    }
    MnObject *d = mn_dict_from_items(keys, 1, vals, 1, 8);
    cr_assert_not_null(d);
    cr_expect_eq(getsizeof(d), 272);
    cr_expect_eq(MN_DICT_LEN(d), 8);
    MnObject *small = mn_dict_from_items(keys, 1, vals, 1, 3);
    cr_expect_eq(getsizeof(small), 184);
    MnObject *mixed = mn_dict_from_items(vals, 1, keys, 1, 7);
    cr_expect_eq(getsizeof(mixed), 352);
    MnObject *p = mn_dict_new_presized(3);
    cr_expect_eq(getsizeof(p), 64);
    MnObject *copy = mn_dict_copy(d);
    cr_expect_eq(getsizeof(copy), 272);
    expect_repr(copy, "{'a': 0, 'b': 1, 'c': 2, 'd': 3, 'e': 4, 'f': 5, 'g': 6, 'h': 7}");
    for (int i = 0; i < 8; i++) {
        mn_decref(keys[i]);
        mn_decref(vals[i]);
    }
    mn_decref(d);
    mn_decref(small);
    mn_decref(mixed);
    mn_decref(p);
    mn_decref(copy);
}

Test(dict, tracked_only_once_a_container_is_stored)
{
    MnObject *d = mn_dict_new();
    set_ll(d, 1, 2);
    cr_expect_eq(mn_gc_is_tracked(d), 0);
    MnObject *k = str("list"), *l = mn_list_new(0);
    cr_assert_eq(mn_dict_set_item(d, k, l), 0);
    cr_expect_eq(mn_gc_is_tracked(d), 1);
    MnObject *c = mn_dict_copy(d);
    cr_expect_eq(mn_gc_is_tracked(c), 1);
    cr_assert_eq(mn_dict_del_item(d, k), 0);
    mn_dict_maybe_untrack(d);
    cr_expect_eq(mn_gc_is_tracked(d), 0);
    mn_decref(k);
    mn_decref(l);
    mn_decref(c);
    mn_decref(d);
}

Test(dict, str_fast_paths_find_equal_strings)
{
    MnObject *d = mn_dict_new();
    cr_assert_eq(mn_dict_set_item_cstr(d, "name", mn_None), 0);
    MnObject *other = mn_str_from_utf8("name", 4);    // equal, maybe not the same object
    cr_expect_eq(mn_dict_get_str_borrow(d, other), mn_None);
    cr_expect_eq(mn_dict_get_cstr_borrow(d, "name"), mn_None);
    cr_expect_null(mn_dict_get_cstr_borrow(d, "nam"));
    cr_expect_null(mn_dict_get_cstr_borrow(d, "caf\xc3\xa9"));
    cr_expect_null(mn_err_occurred());
    set_ll(d, 5, 5);    // general table now
    cr_expect_eq(mn_dict_get_cstr_borrow(d, "name"), mn_None);
    cr_expect_eq(mn_dict_get_str_borrow(d, other), mn_None);
    uint64_t v = ((MnDict *)d)->ma_version_tag;
    cr_assert_eq(mn_dict_del_item_cstr(d, "name"), 0);
    cr_expect_neq(((MnDict *)d)->ma_version_tag, v);
    cr_expect_null(mn_dict_get_str_borrow(d, other));
    mn_decref(other);
    mn_decref(d);
}

/* A key type whose __eq__ empties a dict the first time it runs. */
static MnObject *victim;
static int eq_calls;

static intptr_t
mutkey_hash(MnObject *self)
{
    (void)self;
    return 42;
}

static MnObject *
mutkey_richcompare(MnObject *a, MnObject *b, int op)
{
    (void)op;
    eq_calls++;
    if (victim != NULL) {
        MnObject *d = victim;
        victim = NULL;
        mn_dict_clear(d);
    }
    return mn_newref(a == b ? mn_True : mn_False);
}

static void
mutkey_dealloc(MnObject *self)
{
    mn_object_free(self);
}

static MnType mutkey_type = {
    MN_TYPE_HEAD_INIT,
    .tp_name = "mutkey",
    .tp_basicsize = sizeof(MnObject),
    .tp_dealloc = mutkey_dealloc,
    .tp_hash = mutkey_hash,
    .tp_richcompare = mutkey_richcompare,
};

Test(dict, lookup_restarts_when_a_comparison_mutates_the_dict)
{
    MnObject *d = mn_dict_new();
    MnObject *a = mn_object_alloc(&mutkey_type, 0), *b = mn_object_alloc(&mutkey_type, 0);
    cr_assert_not_null(a);
    cr_assert_not_null(b);
    cr_assert_eq(mn_dict_set_item(d, a, mn_None), 0);
    victim = d;
    eq_calls = 0;
    cr_expect_eq(mn_dict_contains(d, b), 0);
    cr_expect_eq(eq_calls, 1);
    cr_expect_eq(MN_DICT_LEN(d), 0);
    cr_assert_eq(mn_dict_set_item(d, a, mn_None), 0);
    cr_assert_eq(mn_dict_set_item(d, b, mn_True), 0);
    cr_expect_eq(MN_DICT_LEN(d), 2);
    mn_decref(d);
    mn_decref(a);
    mn_decref(b);
}

Test(dict, merge_and_update_forms)
{
    MnObject *a = mn_dict_new(), *b = mn_dict_new();
    set_ll(a, 1, 1);
    set_ll(b, 1, 10);
    set_ll(b, 2, 20);
    cr_assert_eq(mn_dict_merge(a, b, 0), 0);
    expect_repr(a, "{1: 1, 2: 20}");
    cr_assert_eq(mn_dict_merge(a, b, 1), 0);
    expect_repr(a, "{1: 10, 2: 20}");
    cr_expect_eq(mn_dict_merge_ex(a, b, 2), -1);
    cr_expect(mn_err_matches((MnObject *)mn_exc_KeyError));
    mn_err_clear();
    MnObject *bad = num(3);
    cr_expect_eq(mn_dict_update(a, bad), -1);
    cr_expect(mn_err_matches((MnObject *)mn_exc_TypeError));
    mn_err_clear();
    mn_decref(bad);
    MnObject *pairs = mn_dict_items(b);
    cr_assert_eq(mn_dict_update(a, pairs), 0);
    mn_decref(pairs);
    cr_expect_eq(MN_DICT_LEN(a), 2);
    MnObject *dflt = num(7), *k = num(8);
    cr_expect_eq(mn_dict_setdefault(a, k, dflt), dflt);
    MnObject *p = mn_dict_pop(a, k, NULL);
    cr_expect_eq(p, dflt);
    mn_decref(p);
    cr_expect_null(mn_dict_pop(a, k, NULL));
    mn_err_clear();
    mn_decref(dflt);
    mn_decref(k);
    mn_decref(a);
    mn_decref(b);
}

Test(dict, next_iterates_live_entries_in_order)
{
    MnObject *d = mn_dict_new();
    for (long i = 0; i < 6; i++) {
        set_ll(d, i, i * i);
    }
    MnObject *k2 = num(2);
    mn_dict_del_item(d, k2);
    mn_decref(k2);
    intptr_t pos = 0;
    MnObject *key, *value;
    long sum = 0, n = 0;
    while (mn_dict_next(d, &pos, &key, &value)) {
        sum += mn_int_as_long(value);
        n++;
    }
    cr_expect_eq(n, 5);
    cr_expect_eq(sum, 0 + 1 + 9 + 16 + 25);
    mn_decref(d);
}
