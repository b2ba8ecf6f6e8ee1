/*
 * tests/unit/test_gc.c - runtime/gc.c: tracking and the full collection of cycles.
 */
#include <criterion/criterion.h>
#include "mnemo.h"
#include "util.h"

TestSuite(gc, .init = mn_test_setup, .fini = mn_test_teardown);

Test(gc, track_and_untrack_are_idempotent)
{
    MnObject *l = mn_list_new(0);
    cr_assert(mn_gc_is_tracked(l));
    mn_gc_untrack(l);
    mn_gc_untrack(l);
    cr_assert_not(mn_gc_is_tracked(l));
    mn_gc_track(l);
    mn_gc_track(l);
    cr_assert(mn_gc_is_tracked(l));
    mn_decref(l);
}

Test(gc, non_containers_are_never_tracked)
{
    MnObject *i = mn_int_from_long(123456789);
    cr_assert_not(mn_gc_is_tracked(i));
    mn_decref(i);
}

Test(gc, a_self_cycle_is_collected)
{
    MnObject *l = mn_list_new(0);
    cr_assert_eq(mn_list_append(l, l), 0);
    cr_assert_eq(MN_REFCNT(l), 2);
    mn_decref(l);
    cr_assert_geq(mn_gc_collect_all(), 1);
}

Test(gc, a_two_list_cycle_is_collected_and_reachable_objects_survive)
{
    MnObject *a = mn_list_new(0), *b = mn_list_new(0), *keep = mn_list_new(0);
    mn_list_append(a, b);
    mn_list_append(b, a);
    MnObject *inner = mn_list_new(0);
    mn_list_append(keep, inner);
    mn_decref(inner);
    mn_decref(a);
    mn_decref(b);
    intptr_t found = mn_gc_collect_all();
    cr_assert_geq(found, 2);
    cr_assert_eq(MN_LIST_LEN(keep), 1);
    cr_assert_eq(MN_REFCNT(MN_LIST_GET(keep, 0)), 1);
    mn_decref(keep);
}
