/*
 * tests/unit/test_alloc.c - runtime/alloc.c: the allocation choke point.
 */
#include <criterion/criterion.h>
#include "mnemo.h"
#include "util.h"

TestSuite(alloc, .init = mn_test_setup, .fini = mn_test_teardown);

Test(alloc, object_alloc_sets_header_and_zeroes)
{
    MnObject *o = mn_object_alloc(&mn_list_type, 0);
    cr_assert_not_null(o);
    cr_assert_eq(o->ob_refcnt, 1);
    cr_assert_eq(o->ob_type, &mn_list_type);
    cr_assert_eq(((MnList *)o)->ob_item, NULL);
    cr_assert_eq(MN_SIZE(o), 0);
    mn_decref(o);
}

Test(alloc, gc_types_get_a_header_in_front)
{
    MnObject *l = mn_list_new(0);
    cr_assert_not_null(l);
    MnGCHead *g = MN_AS_GC(l);
    cr_assert_eq((char *)g + sizeof(MnGCHead), (char *)l);
    cr_assert(mn_gc_is_tracked(l));
    mn_decref(l);
}

Test(alloc, var_objects_record_their_size)
{
    MnObject *t = mn_object_alloc(&mn_tuple_type, 3);
    cr_assert_not_null(t);
    cr_assert_eq(MN_SIZE(t), 3);
    cr_assert_eq(MN_TUPLE_GET(t, 2), NULL);
    mn_decref(t);
}

Test(alloc, sizes_are_rounded_to_words)
{
    cr_assert_eq(mn_object_size_for(&mn_tuple_type, 0) % 8, 0);
    cr_assert_eq(mn_object_size_for(&mn_bytes_type, 1) % 8, 0);
}

#ifdef MN_DEBUG
Test(alloc, live_object_count_goes_up_and_down)
{
    intptr_t before = mn_live_objects;
    MnObject *l = mn_list_new(0);
    cr_assert_eq(mn_live_objects, before + 1);
    mn_decref(l);
    cr_assert_eq(mn_live_objects, before);
}
#endif

Test(alloc, mem_functions_round_trip)
{
    char *p = mn_mem_alloc(10);
    cr_assert_not_null(p);
    p = mn_mem_realloc(p, 1000);
    cr_assert_not_null(p);
    mn_mem_free(p);
    char *s = mn_mem_strdup("mnemo");
    cr_assert_str_eq(s, "mnemo");
    mn_mem_free(s);
    mn_mem_free(NULL);
}
