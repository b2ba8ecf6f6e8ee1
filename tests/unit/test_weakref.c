/*
 * tests/unit/test_weakref.c - runtime/weakref.c: the layout, the order of a referent's list
 * (shared ref, shared proxy, then the rest newest first), clearing with and without the
 * callback, and callbacks called with the dead reference when the referent dies.
 */
#include <criterion/criterion.h>
#include "util.h"
#include "mnemo.h"
#include "weakref.h"

TestSuite(weakref, .init = mn_test_setup, .fini = mn_test_teardown);

Test(weakref, layout_matches_cpython)
{
    cr_expect_eq(sizeof(MnWeakRef), 64);
    cr_expect_eq(mn_object_pre_header_size(&mn_weakref_type) + sizeof(MnWeakRef), 80);
}

Test(weakref, list_keeps_shared_refs_first)
{
    MnObject *s = mn_set_new(NULL);
    MnObject *log = mn_list_new(0);
    MnObject *cb = mn_object_getattr_str(log, "append");
    cr_assert_not_null(cb);
    MnObject *with_cb = mn_weakref_new_ref(s, cb);
    MnObject *plain = mn_weakref_new_ref(s, NULL);
    MnObject *proxy = mn_weakref_new_proxy(s, NULL);
    cr_assert(with_cb && plain && proxy);
    MnWeakRef *head = *mn_weakref_list_ptr(s);
    cr_expect_eq((MnObject *)head, plain);
    cr_expect_eq((MnObject *)head->wr_next, proxy);
    cr_expect_eq((MnObject *)head->wr_next->wr_next, with_cb);
    cr_expect_eq(mn_weakref_count(s), 3);
    MnObject *again = mn_weakref_new_ref(s, mn_None);
    cr_expect_eq(again, plain);
    mn_decref(again);
    cr_expect(mn_weakref_check(proxy) && mn_weakref_check(plain) && !mn_weakref_check(s));
    mn_decref(proxy);
    mn_decref(plain);
    mn_decref(with_cb);
    mn_decref(cb);
    mn_decref(log);
    mn_decref(s);
}

Test(weakref, clear_ref_keeps_the_callback)
{
    MnObject *s = mn_set_new(NULL);
    MnObject *log = mn_list_new(0);
    MnObject *cb = mn_object_getattr_str(log, "append");
    MnObject *wr = mn_weakref_new_ref(s, cb);
    mn_weakref_clear_ref((MnWeakRef *)wr);
    cr_expect_eq(mn_weakref_get(wr), mn_None);
    cr_expect_eq(((MnWeakRef *)wr)->wr_callback, cb);
    cr_expect_eq(mn_weakref_count(s), 0);
    mn_decref(s);
    cr_expect_eq(MN_LIST_LEN(log), 0);     // already cleared: no callback
    mn_decref(wr);
    mn_decref(cb);
    mn_decref(log);
}

Test(weakref, death_calls_callbacks_newest_first)
{
    MnObject *s = mn_set_new(NULL);
    MnObject *log = mn_list_new(0);
    MnObject *cb = mn_object_getattr_str(log, "append");
    MnObject *first = mn_weakref_new_ref(s, cb);
    MnObject *second = mn_weakref_new_ref(s, cb);
    MnObject *plain = mn_weakref_new_ref(s, NULL);
    mn_decref(s);
    cr_assert_eq(MN_LIST_LEN(log), 2);
    cr_expect_eq(MN_LIST_GET(log, 0), second);
    cr_expect_eq(MN_LIST_GET(log, 1), first);
    cr_expect_eq(mn_weakref_get(first), mn_None);
    cr_expect_eq(mn_weakref_get(plain), mn_None);
    cr_expect_null(((MnWeakRef *)first)->wr_callback);
    mn_decref(first);
    mn_decref(second);
    mn_decref(plain);
    mn_decref(cb);
    mn_decref(log);
}

Test(weakref, unsupported_types_raise_type_error)
{
    MnObject *l = mn_list_new(0);
    cr_expect_null(mn_weakref_list_ptr(l));
    cr_expect_null(mn_weakref_new_ref(l, NULL));
    cr_expect_eq(mn_err_occurred(), mn_exc_TypeError);
    mn_err_clear();
    cr_expect_eq(mn_weakref_count(l), 0);
    mn_decref(l);
}
