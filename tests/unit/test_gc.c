/*
 * tests/unit/test_gc.c - runtime/gc.c: tracking and the full collection of cycles.
 */
#include <criterion/criterion.h>
#include "mnemo.h"
#include "util.h"
#include "parse.h"
#include "pythonrun.h"

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
    cr_assert_geq(mn_gc_collect_nofail(), 1);
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
    intptr_t found = mn_gc_collect_nofail();
    cr_assert_geq(found, 2);
    cr_assert_eq(MN_LIST_LEN(keep), 1);
    cr_assert_eq(MN_REFCNT(MN_LIST_GET(keep, 0)), 1);
    mn_decref(keep);
}

/* ==== generations ==== */

// -> 1 if [o] is in the list of [generation], else 0.
static int
in_generation(MnObject *o, int generation)
{
    MnObject *l = mn_list_new(0);
    cr_assert_eq(mn_gc_get_objects(l, generation), 0);
    int found = 0;
    for (intptr_t i = 0; i < MN_LIST_LEN(l); i++) {
        found |= MN_LIST_GET(l, i) == o;
    }
    mn_decref(l);
    return found;
}

Test(gc, survivors_are_promoted_one_generation_at_a_time)
{
    MnObject *l = mn_list_new(0);
    cr_assert(in_generation(l, 0));
    mn_gc_collect(0);
    cr_assert(in_generation(l, 1));
    mn_gc_collect(1);
    cr_assert(in_generation(l, 2));
    mn_gc_collect(2);
    cr_assert(in_generation(l, 2));
    mn_decref(l);
}

Test(gc, a_collection_resets_the_counts_it_covers_and_bumps_the_next)
{
    mn_gc_collect(2);
    int c[3];
    mn_gc_collect(0);
    mn_gc_get_count(c);
    cr_assert_eq(c[0], 0);
    cr_assert_eq(c[1], 1);
    mn_gc_collect(1);
    mn_gc_get_count(c);
    cr_assert_eq(c[1], 0);
    cr_assert_eq(c[2], 1);
}

Test(gc, count0_passing_threshold0_triggers_a_young_collection)
{
    mn_gc_collect(2);
    mn_gc_set_threshold(0, 5);
    int c[3];
    MnObject *keep[6];
    for (int i = 0; i < 5; i++) {
        keep[i] = mn_list_new(0);
    }
    mn_gc_get_count(c);
    cr_assert_eq(c[0], 5);
    cr_assert_eq(c[1], 0);
    keep[5] = mn_list_new(0);           // the sixth allocation passes the threshold
    mn_gc_get_count(c);
    cr_assert_eq(c[1], 1);
    cr_assert(in_generation(keep[0], 1));
    cr_assert(in_generation(keep[5], 0));   // allocated after the collection ran
    for (int i = 0; i < 6; i++) {
        mn_decref(keep[i]);
    }
    mn_gc_set_threshold(0, 700);
}

Test(gc, a_disabled_collector_never_runs_on_its_own)
{
    mn_gc_collect(2);
    mn_gc_set_threshold(0, 1);
    mn_rt.gc_enabled = 0;
    MnObject *a = mn_list_new(0), *b = mn_list_new(0), *d = mn_list_new(0);
    int c[3];
    mn_gc_get_count(c);
    cr_assert_eq(c[0], 3);
    mn_rt.gc_enabled = 1;
    mn_decref(a);
    mn_decref(b);
    mn_decref(d);
    mn_gc_set_threshold(0, 700);
}

Test(gc, freeze_moves_everything_to_the_permanent_generation)
{
    MnObject *l = mn_list_new(0);
    mn_gc_freeze();
    cr_assert_geq(mn_gc_freeze_count(), 1);
    cr_assert_not(in_generation(l, 0));
    cr_assert_not(in_generation(l, 2));
    MnObject *cycle = mn_list_new(0);
    mn_list_append(cycle, cycle);
    mn_decref(cycle);
    cr_assert_eq(mn_gc_collect(2), 1);     // only the new cycle is looked at
    mn_gc_unfreeze();
    cr_assert_eq(mn_gc_freeze_count(), 0);
    cr_assert(in_generation(l, 2));
    mn_decref(l);
}

/* ==== untracking ==== */

Test(gc, tuples_of_atoms_leave_the_lists_at_a_collection)
{
    MnObject *one = mn_int_from_long(1), *inner = mn_list_new(0);
    MnObject *atoms = mn_tuple_pack(2, one, one), *mixed = mn_tuple_pack(2, one, inner);
    cr_assert(mn_gc_is_tracked(atoms));
    mn_gc_collect(0);
    cr_assert_not(mn_gc_is_tracked(atoms));
    cr_assert(mn_gc_is_tracked(mixed));
    mn_decref(atoms);
    mn_decref(mixed);
    mn_decref(inner);
    mn_decref(one);
}

Test(gc, dicts_of_atoms_are_untracked_only_by_full_collections)
{
    MnObject *d = mn_dict_new(), *v = mn_list_new(0), *one = mn_int_from_long(1);
    mn_dict_set_item_cstr(d, "k", v);      // storing a container tracks the dict
    cr_assert(mn_gc_is_tracked(d));
    mn_dict_set_item_cstr(d, "k", one);
    mn_gc_collect(1);
    cr_assert(mn_gc_is_tracked(d));
    mn_gc_collect(2);
    cr_assert_not(mn_gc_is_tracked(d));
    mn_decref(d);
    mn_decref(v);
    mn_decref(one);
}

/* ==== finalizers, resurrection, weak references (through Python code) ==== */

// Runs [src] in a fresh namespace. -> the namespace (new reference).
static MnObject *
run(const char *src)
{
    MnObject *g = mn_dict_new();
    mn_dict_set_item_cstr(g, "__builtins__", mn_rt.builtins_module);
    MnObject *name = mn_str_from_cstr("<test>");
    MnObject *r = mn_run_string(src, name, MN_PARSE_EXEC, g, NULL);
    if (r == NULL) {
        mn_err_print_exception(mn_err_fetch());
    }
    cr_assert_not_null(r);
    mn_decref(r);
    mn_decref(name);
    return g;
}

// -> the repr of namespace [g]'s variable [name] as a C string compared with [expected].
static void
expect_repr(MnObject *g, const char *name, const char *expected)
{
    MnObject *v = mn_dict_get_cstr_borrow(g, name);
    cr_assert_not_null(v);
    MnObject *r = mn_object_repr(v);
    cr_assert_str_eq(mn_str_as_utf8(r, NULL), expected);
    mn_decref(r);
}

// Drops the namespace [g] made by run() and collects what it held.
static void
finish(MnObject *g)
{
    mn_dict_clear(g);
    mn_decref(g);
    mn_gc_collect_nofail();
}

Test(gc, finalizers_run_in_list_order_once_each)
{
    MnObject *g = run(
        "import gc\n"
        "log = []\n"
        "class N:\n"
        "    def __init__(self, n): self.n = n\n"
        "    def __del__(self): log.append(self.n)\n"
        "ring = [N(i) for i in range(4)]\n"
        "for i in range(4): ring[i].next = ring[(i + 1) % 4]\n"
        "del ring, i\n"
        "found = gc.collect()\n");
    expect_repr(g, "log", "[0, 1, 2, 3]");
    expect_repr(g, "found", "4");
    finish(g);
}

Test(gc, a_resurrected_object_and_what_it_reaches_survive)
{
    MnObject *g = run(
        "import gc\n"
        "saved = []\n"
        "class R:\n"
        "    def __del__(self): saved.append(self)\n"
        "class P: pass\n"
        "r = R(); p = P(); r.p = p; p.r = r\n"
        "q = P(); q.q = q\n"
        "del r, p, q\n"
        "found = gc.collect()\n"
        "alive = type(saved[0].p).__name__, gc.is_finalized(saved[0])\n"
        "saved.clear()\n"
        "again = gc.collect()\n");
    expect_repr(g, "found", "1");           // only q counts: r and p came back ...
    expect_repr(g, "alive", "('P', True)");  // ... finalized, and whole
    expect_repr(g, "again", "2");           // and die later without a second __del__
    finish(g);
}

Test(gc, weakref_callbacks_run_only_for_reachable_references)
{
    MnObject *g = run(
        "import gc, weakref\n"
        "log = []\n"
        "class C: pass\n"
        "a = C(); a.a = a\n"
        "w = weakref.ref(a, lambda r: log.append('outside'))\n"
        "b = C(); b.b = b\n"
        "b.w = weakref.ref(b, lambda r: log.append('inside'))\n"
        "del a, b\n"
        "found = gc.collect()\n"
        "dead = w() is None\n");
    expect_repr(g, "log", "['outside']");
    expect_repr(g, "dead", "True");
    finish(g);
}

Test(gc, saveall_keeps_the_garbage_in_gc_garbage)
{
    MnObject *g = run(
        "import gc\n"
        "gc.set_debug(gc.DEBUG_SAVEALL)\n"
        "l = []; l.append(l); del l\n"
        "found = gc.collect()\n"
        "kept = len(gc.garbage), type(gc.garbage[0]).__name__\n"
        "gc.set_debug(0)\n"
        "gc.garbage.clear()\n");
    expect_repr(g, "found", "1");
    expect_repr(g, "kept", "(1, 'list')");
    finish(g);
}

Test(gc, a_deep_chain_is_collected_without_deep_recursion)
{
    MnObject *g = run(
        "import gc\n"
        "head = []\n"
        "node = head\n"
        "for i in range(200000):\n"
        "    nxt = []\n"
        "    node.append(nxt)\n"
        "    node = nxt\n"
        "node.append(head)\n"
        "del head, node, nxt\n"
        "found = gc.collect()\n");
    expect_repr(g, "found", "200001");
    finish(g);
}
