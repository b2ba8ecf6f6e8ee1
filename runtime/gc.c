/*
 * runtime/gc.c - the generational cycle collector for container objects.
 * Tracked objects are linked through their MnGCHead into three generations (thresholds
 * 700/10/10) plus the permanent one of gc.freeze(). A collection of generation g merges the
 * younger lists into g, copies each refcount into gc_prev, subtracts the references internal
 * to the list (tp_traverse), moves what is left unreachable aside keeping CPython 3.11's
 * order, promotes the survivors, clears weak references to the unreachable and calls the
 * callbacks of reachable ones, finalizes each object once (PEP 442), sets the resurrected
 * aside again and breaks the rest with tp_clear.
 * While a list is being collected, gc_prev holds the copied refcount above two flag bits
 * (finalized, collecting) and the list is singly linked; bit 0 of gc_next marks an object
 * moved to the unreachable list.
 * See also: runtime/gc.h, runtime/alloc.c (count0 and the trigger), runtime/weakref.c,
 * lib/mod_gc.c, tests/unit/test_gc.c
 */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "mnemo.h"
#include "weakref.h"
#include "mod_sys.h"

#define NGEN MN_GC_NUM_GENERATIONS

// gc_prev bits: MN_GC_FINALIZED (1), COLLECTING (2), then the copied refcount or a pointer.
#define PREV_COLLECTING ((uintptr_t)2)
#define PREV_FLAGS ((uintptr_t)3)
#define REFS_SHIFT 2
// gc_next bit while move_unreachable runs: the object sits in the unreachable list.
#define NEXT_UNREACHABLE ((uintptr_t)1)

typedef struct Generation {
    MnGCHead head;              // sentinel of a circular list
    int threshold;
    int count;                  // generation 0 uses mn_rt.gc_count0 instead
} Generation;

typedef struct GCStats {
    intptr_t collections, collected, uncollectable;
} GCStats;

static struct {
    Generation gens[NGEN];
    MnGCHead permanent;
    GCStats stats[NGEN];
    intptr_t long_lived_total;      // survivors of the last full collection
    intptr_t long_lived_pending;    // objects promoted into generation 2 since then
    int collecting;
    int debug;
    MnObject *garbage;              // owned gc.garbage, or NULL before gc is imported
    MnObject *callbacks;            // owned gc.callbacks, or NULL
} gcs;

/* ==== lists ==== */

static MnGCHead *
gc_prev(MnGCHead *g)
{
    return (MnGCHead *)(g->gc_prev & ~PREV_FLAGS);
}

static MnGCHead *
gc_next(MnGCHead *g)
{
    return (MnGCHead *)g->gc_next;
}

static void
set_prev(MnGCHead *g, MnGCHead *prev)
{
    g->gc_prev = (uintptr_t)prev | (g->gc_prev & PREV_FLAGS);
}

static void
list_init(MnGCHead *list)
{
    list->gc_next = list->gc_prev = (uintptr_t)list;
}

static int
list_is_empty(MnGCHead *list)
{
    return list->gc_next == (uintptr_t)list;
}

static void
list_append(MnGCHead *node, MnGCHead *list)
{
    MnGCHead *last = (MnGCHead *)list->gc_prev;
    set_prev(node, last);
    last->gc_next = (uintptr_t)node;
    node->gc_next = (uintptr_t)list;
    list->gc_prev = (uintptr_t)node;
}

static void
list_remove(MnGCHead *node)
{
    MnGCHead *prev = gc_prev(node), *next = gc_next(node);
    prev->gc_next = (uintptr_t)next;
    set_prev(next, prev);
    node->gc_next = 0;
}

static void
list_move(MnGCHead *node, MnGCHead *list)
{
    MnGCHead *prev = gc_prev(node), *next = gc_next(node);
    prev->gc_next = (uintptr_t)next;
    set_prev(next, prev);
    list_append(node, list);
}

// Appends the whole of [from] to [to]; [from] ends empty.
static void
list_merge(MnGCHead *from, MnGCHead *to)
{
    if (list_is_empty(from)) {
        return;
    }
    MnGCHead *to_last = (MnGCHead *)to->gc_prev;
    MnGCHead *first = gc_next(from), *last = (MnGCHead *)from->gc_prev;
    to_last->gc_next = (uintptr_t)first;
    set_prev(first, to_last);
    last->gc_next = (uintptr_t)to;
    to->gc_prev = (uintptr_t)last;
    list_init(from);
}

static intptr_t
list_size(MnGCHead *list)
{
    intptr_t n = 0;
    for (MnGCHead *g = gc_next(list); g != list; g = gc_next(g)) {
        n++;
    }
    return n;
}

/* ==== tracking ==== */

void
mn_gc_init(void)
{
    static const int thresholds[NGEN] = {700, 10, 10};
    memset(&gcs, 0, sizeof gcs);
    for (int i = 0; i < NGEN; i++) {
        list_init(&gcs.gens[i].head);
        gcs.gens[i].threshold = thresholds[i];
    }
    list_init(&gcs.permanent);
#ifdef MN_GC_STRESS
    mn_rt.gc_threshold0 = 0;    // every allocation of a container calls the collector
#else
    mn_rt.gc_threshold0 = thresholds[0];
#endif
}

void
mn_gc_set_lists(MnObject *garbage, MnObject *callbacks)
{
    MN_SETREF(gcs.garbage, mn_newref(garbage));
    MN_SETREF(gcs.callbacks, mn_newref(callbacks));
}

void
mn_gc_fini(void)
{
    if (gcs.garbage != NULL) {
        mn_list_type.tp_clear(gcs.garbage);
    }
    MN_CLEAR(gcs.garbage);
    MN_CLEAR(gcs.callbacks);
}

void
mn_gc_track(void *o)
{
    MnGCHead *g = MN_AS_GC(o);
    if (g->gc_next != 0) {
        return;
    }
    list_append(g, &gcs.gens[0].head);
}

void
mn_gc_untrack(void *o)
{
    MnGCHead *g = MN_AS_GC(o);
    if (g->gc_next == 0) {
        return;
    }
    list_remove(g);
    g->gc_prev &= MN_GC_FINALIZED;
}

int
mn_gc_is_tracked(MnObject *o)
{
    return MN_IS_GC(o) && MN_AS_GC(o)->gc_next != 0;
}

int
mn_gc_is_finalized(MnObject *o)
{
    return (MN_AS_GC(o)->gc_prev & MN_GC_FINALIZED) != 0;
}

void
mn_gc_set_finalized(MnObject *o, int flag)
{
    if (flag) {
        MN_AS_GC(o)->gc_prev |= MN_GC_FINALIZED;
    } else {
        MN_AS_GC(o)->gc_prev &= ~MN_GC_FINALIZED;
    }
}

/* ==== queries ==== */

void
mn_gc_get_count(int counts[3])
{
    counts[0] = (int)mn_rt.gc_count0;
    counts[1] = gcs.gens[1].count;
    counts[2] = gcs.gens[2].count;
}

void
mn_gc_set_count(const int counts[3])
{
    mn_rt.gc_count0 = counts[0];
    gcs.gens[1].count = counts[1];
    gcs.gens[2].count = counts[2];
}

int
mn_gc_get_threshold(int i)
{
    return gcs.gens[i].threshold;
}

void
mn_gc_set_threshold(int i, int value)
{
    gcs.gens[i].threshold = value;
#ifndef MN_GC_STRESS
    if (i == 0) {
        mn_rt.gc_threshold0 = value;
    }
#endif
}

int
mn_gc_get_debug(void)
{
    return gcs.debug;
}

void
mn_gc_set_debug(int flags)
{
    gcs.debug = flags;
}

void
mn_gc_get_stats(int i, intptr_t out[3])
{
    out[0] = gcs.stats[i].collections;
    out[1] = gcs.stats[i].collected;
    out[2] = gcs.stats[i].uncollectable;
}

void
mn_gc_set_stats(int i, const intptr_t stats[3])
{
    gcs.stats[i].collections = stats[0];
    gcs.stats[i].collected = stats[1];
    gcs.stats[i].uncollectable = stats[2];
}

static int
append_objects(MnObject *list, MnGCHead *head)
{
    for (MnGCHead *h = gc_next(head); h != head; h = gc_next(h)) {
        MnObject *o = MN_FROM_GC(h);
        if (o != list && mn_list_append(list, o) < 0) {
            return -1;
        }
    }
    return 0;
}

int
mn_gc_get_objects(MnObject *list, int generation)
{
    if (generation >= 0) {
        return append_objects(list, &gcs.gens[generation].head);
    }
    for (int g = 0; g < NGEN; g++) {
        if (append_objects(list, &gcs.gens[g].head) < 0) {
            return -1;
        }
    }
    return 0;
}

void
mn_gc_freeze(void)
{
    for (int i = 0; i < NGEN; i++) {
        list_merge(&gcs.gens[i].head, &gcs.permanent);
        gcs.gens[i].count = 0;
    }
    mn_rt.gc_count0 = 0;
}

void
mn_gc_unfreeze(void)
{
    list_merge(&gcs.permanent, &gcs.gens[NGEN - 1].head);
}

void
mn_gc_release_frozen(void)
{
    // CPython never collects them: their finalizers must not run now either
    for (MnGCHead *h = gc_next(&gcs.permanent); h != &gcs.permanent; h = gc_next(h)) {
        mn_gc_set_finalized(MN_FROM_GC(h), 1);
    }
    mn_gc_unfreeze();
}

intptr_t
mn_gc_freeze_count(void)
{
    return list_size(&gcs.permanent);
}

/* ==== finding the unreachable ==== */

static int
is_collecting(MnGCHead *g)
{
    return (g->gc_prev & PREV_COLLECTING) != 0;
}

static intptr_t
get_refs(MnGCHead *g)
{
    return (intptr_t)(g->gc_prev >> REFS_SHIFT);
}

static void
set_refs(MnGCHead *g, intptr_t refs)
{
    g->gc_prev = (g->gc_prev & PREV_FLAGS) | ((uintptr_t)refs << REFS_SHIFT);
}

// Each object of [list] gets its refcount copied and the collecting flag.
static void
update_refs(MnGCHead *list)
{
    for (MnGCHead *g = gc_next(list); g != list; g = gc_next(g)) {
        g->gc_prev = (g->gc_prev & MN_GC_FINALIZED) | PREV_COLLECTING |
                     ((uintptr_t)MN_FROM_GC(g)->ob_refcnt << REFS_SHIFT);
    }
}

static int
visit_decref(MnObject *o, void *arg)
{
    (void)arg;
    if (o != NULL && MN_IS_GC(o)) {
        MnGCHead *g = MN_AS_GC(o);
        if (is_collecting(g)) {
            g->gc_prev -= (uintptr_t)1 << REFS_SHIFT;
        }
    }
    return 0;
}

// Removes from each copied count the references coming from inside [list].
static void
subtract_refs(MnGCHead *list)
{
    for (MnGCHead *g = gc_next(list); g != list; g = gc_next(g)) {
        MnObject *o = MN_FROM_GC(g);
        if (MN_TYPE(o)->tp_traverse != NULL) {
            MN_TYPE(o)->tp_traverse(o, visit_decref, NULL);
        }
    }
}

// Marks [o] reachable from the object being scanned; an object already set aside as
// unreachable comes back to the end of the young list, to be scanned in its turn.
static int
visit_reachable(MnObject *o, void *arg)
{
    if (o == NULL || !MN_IS_GC(o)) {
        return 0;
    }
    MnGCHead *g = MN_AS_GC(o);
    if (!is_collecting(g)) {
        return 0;
    }
    if (g->gc_next & NEXT_UNREACHABLE) {
        MnGCHead *prev = gc_prev(g);
        MnGCHead *next = (MnGCHead *)(g->gc_next & ~NEXT_UNREACHABLE);
        prev->gc_next = g->gc_next;
        set_prev(next, prev);
        list_append(g, (MnGCHead *)arg);
        set_refs(g, 1);
    } else if (get_refs(g) == 0) {
        set_refs(g, 1);
    }
    return 0;
}

// Scans [young] in order: an object with references from outside stays (and makes what it
// references reachable); one without is moved to [unreachable] until proven reachable.
// Afterwards [young] is a proper list again with the collecting flags cleared, and every
// object of [unreachable] keeps its collecting flag and the NEXT_UNREACHABLE mark.
static void
move_unreachable(MnGCHead *young, MnGCHead *unreachable)
{
    MnGCHead *prev = young;
    MnGCHead *g = gc_next(young);
    while (g != young) {
        if (get_refs(g) > 0) {
            MnObject *o = MN_FROM_GC(g);
            if (MN_TYPE(o)->tp_traverse != NULL) {
                MN_TYPE(o)->tp_traverse(o, visit_reachable, young);
            }
            set_prev(g, prev);
            g->gc_prev &= ~PREV_COLLECTING;
            prev = g;
        } else {
            prev->gc_next = g->gc_next;
            MnGCHead *last = (MnGCHead *)unreachable->gc_prev;
            last->gc_next = (uintptr_t)g | NEXT_UNREACHABLE;
            set_prev(g, last);
            g->gc_next = (uintptr_t)unreachable | NEXT_UNREACHABLE;
            unreachable->gc_prev = (uintptr_t)g;
        }
        g = (MnGCHead *)prev->gc_next;
    }
    young->gc_prev = (uintptr_t)prev;
    unreachable->gc_next &= ~NEXT_UNREACHABLE;
}

static void
deduce_unreachable(MnGCHead *base, MnGCHead *unreachable)
{
    update_refs(base);
    subtract_refs(base);
    move_unreachable(base, unreachable);
}

// Clears the NEXT_UNREACHABLE marks, making [list] an ordinary list.
static void
clear_unreachable_marks(MnGCHead *list)
{
    for (MnGCHead *g = gc_next(list); g != list; g = (MnGCHead *)g->gc_next) {
        g->gc_next &= ~NEXT_UNREACHABLE;
    }
}

static void
clear_collecting_flags(MnGCHead *list)
{
    for (MnGCHead *g = gc_next(list); g != list; g = gc_next(g)) {
        g->gc_prev &= ~PREV_COLLECTING;
    }
}

/* ==== untracking atomic containers ==== */

// As CPython: a tuple whose items can never be part of a cycle leaves the lists.
static int
tuple_may_untrack(MnObject *t)
{
    for (intptr_t i = 0; i < MN_TUPLE_LEN(t); i++) {
        MnObject *x = MN_TUPLE_GET(t, i);
        if (x == NULL) {
            return 0;
        }
        if (MN_IS_GC(x) && (!MN_TUPLE_CHECK_EXACT(x) || mn_gc_is_tracked(x))) {
            return 0;
        }
    }
    return 1;
}

static void
untrack_tuples(MnGCHead *list)
{
    MnGCHead *next;
    for (MnGCHead *g = gc_next(list); g != list; g = next) {
        next = gc_next(g);
        MnObject *o = MN_FROM_GC(g);
        if (MN_TUPLE_CHECK_EXACT(o) && tuple_may_untrack(o)) {
            mn_gc_untrack(o);
        }
    }
}

static void
untrack_dicts(MnGCHead *list)
{
    MnGCHead *next;
    for (MnGCHead *g = gc_next(list); g != list; g = next) {
        next = gc_next(g);
        MnObject *o = MN_FROM_GC(g);
        if (MN_DICT_CHECK_EXACT(o)) {
            mn_dict_maybe_untrack(o);
        }
    }
}

/* ==== weak references ==== */

// Clears every weak reference to an object of [unreachable] (and the weak references that
// are themselves unreachable), then calls the callbacks of the cleared references that are
// still reachable. -> the number of such references freed right after their callback.
static intptr_t
handle_weakrefs(MnGCHead *unreachable, MnGCHead *old)
{
    MnGCHead to_call;
    list_init(&to_call);
    MnGCHead *next;
    for (MnGCHead *g = gc_next(unreachable); g != unreachable; g = next) {
        MnObject *o = MN_FROM_GC(g);
        next = gc_next(g);
        if (mn_weakref_check(o)) {
            mn_weakref_clear_ref((MnWeakRef *)o);
        }
        MnWeakRef **wrlist = mn_weakref_list_ptr(o);
        if (wrlist == NULL) {
            continue;
        }
        for (MnWeakRef *wr = *wrlist; wr != NULL; wr = *wrlist) {
            mn_weakref_clear_ref(wr);
            if (wr->wr_callback == NULL) {
                continue;
            }
            MnGCHead *wg = MN_AS_GC(wr);
            if (is_collecting(wg) || wg->gc_next == 0) {
                continue;       // the reference is garbage too: no callback
            }
            mn_incref(wr);
            list_move(wg, &to_call);
        }
    }
    intptr_t freed = 0;
    while (!list_is_empty(&to_call)) {
        MnGCHead *wg = gc_next(&to_call);
        MnWeakRef *wr = (MnWeakRef *)MN_FROM_GC(wg);
        MnObject *cb = wr->wr_callback;
        MnObject *arg = (MnObject *)wr;
        MnObject *r = cb != NULL ? mn_object_call(cb, &arg, 1, NULL) : mn_newref(mn_None);
        if (r == NULL) {
            mn_err_write_unraisable(cb);
        } else {
            mn_decref(r);
        }
        mn_decref(wr);
        if (gc_next(&to_call) == wg) {
            list_move(wg, old);
        } else {
            freed++;
        }
    }
    return freed;
}

/* ==== finalizing and clearing ==== */

// Runs each tp_finalize once (PEP 442), in list order. A finalizer may free other objects
// of the list, so the first object is moved aside before its finalizer runs.
static void
finalize_garbage(MnGCHead *list)
{
    MnGCHead seen;
    list_init(&seen);
    while (!list_is_empty(list)) {
        MnGCHead *g = gc_next(list);
        MnObject *o = MN_FROM_GC(g);
        list_move(g, &seen);
        mn_destructor fin = MN_TYPE(o)->tp_finalize;
        if (fin != NULL && !(g->gc_prev & MN_GC_FINALIZED)) {
            g->gc_prev |= MN_GC_FINALIZED;
            mn_incref(o);
            fin(o);
            if (mn_err_occurred()) {
                mn_err_write_unraisable(o);
            }
            mn_decref(o);
        }
    }
    list_merge(&seen, list);
}

// Objects of [unreachable] that a finalizer made reachable again (and everything they
// reach) go to [old]; the rest move to [still_unreachable].
static void
handle_resurrected(MnGCHead *unreachable, MnGCHead *still_unreachable, MnGCHead *old)
{
    clear_collecting_flags(unreachable);
    deduce_unreachable(unreachable, still_unreachable);
    clear_unreachable_marks(still_unreachable);
    list_merge(unreachable, old);
}

static void
delete_garbage(MnGCHead *list, MnGCHead *old)
{
    while (!list_is_empty(list)) {
        MnGCHead *g = gc_next(list);
        MnObject *o = MN_FROM_GC(g);
        if (gcs.debug & MN_GC_DEBUG_SAVEALL) {
            if (gcs.garbage != NULL && mn_list_append(gcs.garbage, o) < 0) {
                mn_err_clear();
            }
        } else if (MN_TYPE(o)->tp_clear != NULL) {
            mn_incref(o);
            MN_TYPE(o)->tp_clear(o);
            if (mn_err_occurred()) {
                mn_err_write_unraisable(NULL);
            }
            mn_decref(o);
        }
        if (gc_next(list) == g) {
            g->gc_prev &= ~PREV_COLLECTING;
            list_move(g, old);
        }
    }
}

/* ==== a collection ==== */

// Writes a debug line to sys.stderr, as CPython's collector does.
static void
debug_write(const char *fmt, ...)
{
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    mn_sys_write_stderr(buf);
}

static void
debug_object(const char *what, MnObject *o)
{
    debug_write("gc: %s <%s %p>\n", what, MN_TYPE(o)->tp_name, (void *)o);
}

static double
now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

// Collects [generation] and the younger ones. [*uncollectable] is always 0: mnemo has no
// legacy tp_del finalizers. -> unreachable objects found.
static intptr_t
collect_main(int generation, intptr_t *collected, intptr_t *uncollectable)
{
    double t0 = 0;
    if (gcs.debug & MN_GC_DEBUG_STATS) {
        debug_write("gc: collecting generation %d...\n", generation);
        debug_write("gc: objects in each generation: %zd %zd %zd\n",
                    list_size(&gcs.gens[0].head), list_size(&gcs.gens[1].head),
                    list_size(&gcs.gens[2].head));
        debug_write("gc: objects in permanent generation: %zd\n", list_size(&gcs.permanent));
        t0 = now_seconds();
    }
    MnObject *saved = mn_err_fetch();
    if (generation + 1 < NGEN) {
        gcs.gens[generation + 1].count++;
    }
    for (int i = 0; i <= generation; i++) {
        gcs.gens[i].count = 0;
    }
    mn_rt.gc_count0 = 0;
    for (int i = 0; i < generation; i++) {
        list_merge(&gcs.gens[i].head, &gcs.gens[generation].head);
    }
    MnGCHead *young = &gcs.gens[generation].head;
    MnGCHead *old = generation < NGEN - 1 ? &gcs.gens[generation + 1].head : young;

    MnGCHead unreachable;
    list_init(&unreachable);
    deduce_unreachable(young, &unreachable);
    untrack_tuples(young);
    if (young != old) {
        if (generation == NGEN - 2) {
            gcs.long_lived_pending += list_size(young);
        }
        list_merge(young, old);
    } else {
        untrack_dicts(young);
        gcs.long_lived_pending = 0;
        gcs.long_lived_total = list_size(young);
    }
    clear_unreachable_marks(&unreachable);
    if (gcs.debug & MN_GC_DEBUG_COLLECTABLE) {
        for (MnGCHead *g = gc_next(&unreachable); g != &unreachable; g = gc_next(g)) {
            debug_object("collectable", MN_FROM_GC(g));
        }
    }
    intptr_t m = handle_weakrefs(&unreachable, old);
    finalize_garbage(&unreachable);
    MnGCHead final;
    list_init(&final);
    handle_resurrected(&unreachable, &final, old);
    m += list_size(&final);
    delete_garbage(&final, old);
    intptr_t n = 0;
    if (gcs.debug & MN_GC_DEBUG_STATS) {
        debug_write("gc: done, %zd unreachable, %zd uncollectable, %.4fs elapsed\n", n + m, n,
                    now_seconds() - t0);
    }
    if (generation == NGEN - 1) {
        // As CPython: full collections empty the free lists (so count0 sees fresh objects);
        // the cached slice object stays.
        mn_float_fini();
        mn_tuple_fini();
        mn_list_fini();
        mn_dict_fini();
    }
    if (mn_err_occurred()) {
        mn_err_write_unraisable(NULL);
    }
    mn_err_restore(saved);
    gcs.stats[generation].collections++;
    gcs.stats[generation].collected += m;
    gcs.stats[generation].uncollectable += n;
    *collected = m;
    *uncollectable = n;
    return n + m;
}

static void
invoke_callbacks(const char *phase, int generation, intptr_t collected,
                 intptr_t uncollectable)
{
    if (gcs.callbacks == NULL || MN_LIST_LEN(gcs.callbacks) == 0) {
        return;
    }
    MnObject *saved = mn_err_fetch();
    MnObject *info = mn_dict_new();
    MnObject *g = mn_int_from_long(generation), *c = mn_int_from_long((long)collected);
    MnObject *u = mn_int_from_long((long)uncollectable);     // Py_BuildValue "n": medium ints
    MnObject *ph = mn_str_from_cstr(phase);
    if (info == NULL || g == NULL || c == NULL || u == NULL || ph == NULL ||
        mn_dict_set_item_cstr(info, "generation", g) < 0 ||
        mn_dict_set_item_cstr(info, "collected", c) < 0 ||
        mn_dict_set_item_cstr(info, "uncollectable", u) < 0) {
        mn_err_write_unraisable(NULL);
    } else {
        MnObject *args[2] = {ph, info};
        for (intptr_t i = 0; i < MN_LIST_LEN(gcs.callbacks); i++) {
            MnObject *cb = mn_newref(MN_LIST_GET(gcs.callbacks, i));
            MnObject *r = mn_object_call(cb, args, 2, NULL);
            if (r == NULL) {
                mn_err_write_unraisable(cb);
            } else {
                mn_decref(r);
            }
            mn_decref(cb);
        }
    }
    mn_xdecref(info);
    mn_xdecref(g);
    mn_xdecref(c);
    mn_xdecref(u);
    mn_xdecref(ph);
    mn_err_restore(saved);
}

static intptr_t
collect_with_callbacks(int generation)
{
    invoke_callbacks("start", generation, 0, 0);
    intptr_t collected, uncollectable;
    intptr_t n = collect_main(generation, &collected, &uncollectable);
    invoke_callbacks("stop", generation, collected, uncollectable);
    return n;
}

void
mn_gc_collect_on_alloc(void)
{
    if (!mn_rt.gc_enabled || gcs.gens[0].threshold == 0 || gcs.collecting ||
        mn_rt.finalizing || mn_err_occurred()) {
        return;
    }
    gcs.collecting = 1;
#ifdef MN_GC_STRESS
    // The stress build collects the young generation at every allocation; the older ones
    // follow their own thresholds.
    int counts[NGEN] = {INT_MAX, gcs.gens[1].count, gcs.gens[2].count};
#else
    int counts[NGEN] = {(int)mn_rt.gc_count0, gcs.gens[1].count, gcs.gens[2].count};
#endif
    for (int i = NGEN - 1; i >= 0; i--) {
        if (counts[i] > gcs.gens[i].threshold) {
            // Full collections wait until enough long-lived objects are new (CPython's
            // guard against quadratic behaviour with many long-lived objects).
            if (i == NGEN - 1 && gcs.long_lived_pending < gcs.long_lived_total / 4) {
                continue;
            }
            collect_with_callbacks(i);
            break;
        }
    }
    gcs.collecting = 0;
}

intptr_t
mn_gc_collect(int generation)
{
    if (gcs.collecting) {
        return 0;
    }
    gcs.collecting = 1;
    intptr_t n = collect_with_callbacks(generation);
    gcs.collecting = 0;
    return n;
}

intptr_t
mn_gc_collect_nofail(void)
{
    if (gcs.collecting) {
        return 0;
    }
    gcs.collecting = 1;
    intptr_t collected, uncollectable;
    intptr_t n = collect_main(NGEN - 1, &collected, &uncollectable);
    gcs.collecting = 0;
    return n;
}
