/*
 * runtime/gc.c - tracking of container objects in generation lists.
 * Tracked objects are linked through their MnGCHead into the youngest generation, in
 * allocation order. The cycle collector itself (issue 5) will run over these lists.
 * See also: runtime/gc.h, runtime/alloc.c
 */
#include <stdlib.h>
#include <string.h>
#include "mnemo.h"

#define NUM_GENERATIONS 3

typedef struct Generation {
    MnGCHead head;              // sentinel of a circular list
    int threshold;
    int count;
} Generation;

static Generation generations[NUM_GENERATIONS];

void
mn_gc_init(void)
{
    static const int thresholds[NUM_GENERATIONS] = {700, 10, 10};
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        MnGCHead *h = &generations[i].head;
        h->gc_next = (uintptr_t)h;
        h->gc_prev = (uintptr_t)h;
        generations[i].threshold = thresholds[i];
        generations[i].count = 0;
    }
}

int
mn_gc_get_threshold(int i)
{
    return generations[i].threshold;
}

void
mn_gc_set_threshold(int i, int value)
{
    generations[i].threshold = value;
}

// gc_prev holds the previous list entry with MN_GC_FINALIZED in its low bit.
#define PREV_MASK (~(uintptr_t)7)

static MnGCHead *
get_prev(MnGCHead *g)
{
    return (MnGCHead *)(g->gc_prev & PREV_MASK);
}

static void
set_prev(MnGCHead *g, MnGCHead *prev)
{
    g->gc_prev = (uintptr_t)prev | (g->gc_prev & MN_GC_FINALIZED);
}

void
mn_gc_track(void *o)
{
    MnGCHead *g = MN_AS_GC(o);
    if (g->gc_next != 0) {
        return;
    }
    MnGCHead *head = &generations[0].head;
    MnGCHead *last = get_prev(head);
    set_prev(g, last);
    g->gc_next = (uintptr_t)head;
    last->gc_next = (uintptr_t)g;
    set_prev(head, g);
}

void
mn_gc_untrack(void *o)
{
    MnGCHead *g = MN_AS_GC(o);
    if (g->gc_next == 0) {
        return;
    }
    MnGCHead *prev = get_prev(g);
    MnGCHead *next = (MnGCHead *)g->gc_next;
    prev->gc_next = (uintptr_t)next;
    set_prev(next, prev);
    g->gc_next = 0;
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

void
mn_gc_get_count(int counts[3])
{
    counts[0] = (int)mn_rt.gc_count0;
    counts[1] = generations[1].count;
    counts[2] = generations[2].count;
}

int
mn_gc_get_objects(MnObject *list)
{
    for (int g = 0; g < NUM_GENERATIONS; g++) {
        MnGCHead *head = &generations[g].head;
        for (MnGCHead *h = (MnGCHead *)head->gc_next; h != head; h = (MnGCHead *)h->gc_next) {
            MnObject *o = MN_FROM_GC(h);
            if (o != list && mn_list_append(list, o) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

/* ==== a full collection (trial deletion over every tracked object) ==== */

// Low bits of gc_prev while collecting (the list links are rebuilt afterwards).
#define GC_COLLECTING ((uintptr_t)2)
#define GC_REACHABLE ((uintptr_t)4)
#define GC_REFS_SHIFT 3

typedef struct ObjArray {
    MnObject **items;
    intptr_t n, cap;
} ObjArray;

static int
array_push(ObjArray *a, MnObject *o)
{
    if (a->n == a->cap) {
        intptr_t cap = a->cap ? a->cap * 2 : 256;
        MnObject **items = mn_mem_realloc(a->items, sizeof(MnObject *) * (size_t)cap);
        if (items == NULL) {
            return -1;
        }
        a->items = items;
        a->cap = cap;
    }
    a->items[a->n++] = o;
    return 0;
}

static int
is_collecting(MnObject *o)
{
    return MN_IS_GC(o) && MN_AS_GC(o)->gc_next != 0 && (MN_AS_GC(o)->gc_prev & GC_COLLECTING);
}

static int
visit_decref(MnObject *o, void *arg)
{
    (void)arg;
    if (is_collecting(o)) {
        MN_AS_GC(o)->gc_prev -= (uintptr_t)1 << GC_REFS_SHIFT;
    }
    return 0;
}

static int
visit_reach(MnObject *o, void *arg)
{
    if (is_collecting(o) && !(MN_AS_GC(o)->gc_prev & GC_REACHABLE)) {
        MN_AS_GC(o)->gc_prev |= GC_REACHABLE;
        return array_push((ObjArray *)arg, o) < 0 ? -1 : 0;
    }
    return 0;
}

// Puts the objects of [all] back into generation 0 in order, keeping finalized marks.
static void
relink(ObjArray *all)
{
    MnGCHead *head = &generations[0].head;
    head->gc_next = head->gc_prev = (uintptr_t)head;
    for (int g = 1; g < NUM_GENERATIONS; g++) {
        MnGCHead *h = &generations[g].head;
        h->gc_next = h->gc_prev = (uintptr_t)h;
    }
    for (intptr_t i = 0; i < all->n; i++) {
        MnGCHead *g = MN_AS_GC(all->items[i]);
        uintptr_t finalized = g->gc_prev & MN_GC_FINALIZED;
        g->gc_next = 0;
        g->gc_prev = finalized;
        mn_gc_track(all->items[i]);
    }
}

// Finds the unreachable objects among all tracked ones. Fills [all] (every tracked object,
// in list order) and [garbage]; the lists are relinked before returning. -> 0, or -1.
static int
find_unreachable(ObjArray *all, ObjArray *garbage)
{
    ObjArray stack = {0};
    int rc = -1;
    for (int g = 0; g < NUM_GENERATIONS; g++) {
        MnGCHead *head = &generations[g].head;
        for (MnGCHead *h = (MnGCHead *)head->gc_next; h != head; h = (MnGCHead *)h->gc_next) {
            if (array_push(all, MN_FROM_GC(h)) < 0) {
                goto done;
            }
        }
    }
    for (intptr_t i = 0; i < all->n; i++) {
        MnGCHead *g = MN_AS_GC(all->items[i]);
        g->gc_prev = ((uintptr_t)all->items[i]->ob_refcnt << GC_REFS_SHIFT) | GC_COLLECTING |
                     (g->gc_prev & MN_GC_FINALIZED);
    }
    for (intptr_t i = 0; i < all->n; i++) {
        MnObject *o = all->items[i];
        if (MN_TYPE(o)->tp_traverse != NULL) {
            MN_TYPE(o)->tp_traverse(o, visit_decref, NULL);
        }
    }
    for (intptr_t i = 0; i < all->n; i++) {
        MnObject *o = all->items[i];
        if ((MN_AS_GC(o)->gc_prev >> GC_REFS_SHIFT) > 0) {
            MN_AS_GC(o)->gc_prev |= GC_REACHABLE;
            if (array_push(&stack, o) < 0) {
                goto done;
            }
        }
    }
    while (stack.n > 0) {
        MnObject *o = stack.items[--stack.n];
        if (MN_TYPE(o)->tp_traverse != NULL && MN_TYPE(o)->tp_traverse(o, visit_reach, &stack)) {
            goto done;
        }
    }
    for (intptr_t i = 0; i < all->n; i++) {
        MnObject *o = all->items[i];
        if (!(MN_AS_GC(o)->gc_prev & GC_REACHABLE) && array_push(garbage, o) < 0) {
            goto done;
        }
    }
    rc = 0;
done:
    relink(all);
    mn_mem_free(stack.items);
    return rc;
}

// As CPython: a tuple whose items can never be part of a cycle leaves the lists.
static int
tuple_may_untrack(MnObject *t)
{
    for (intptr_t i = 0; i < MN_TUPLE_LEN(t); i++) {
        MnObject *x = MN_TUPLE_GET(t, i);
        if (x != NULL && MN_IS_GC(x) && (!MN_TUPLE_CHECK_EXACT(x) || mn_gc_is_tracked(x))) {
            return 0;
        }
    }
    return 1;
}

static void
untrack_atomic_containers(ObjArray *all)
{
    for (intptr_t i = 0; i < all->n; i++) {
        MnObject *o = all->items[i];
        if (!mn_gc_is_tracked(o)) {
            continue;
        }
        if (MN_TUPLE_CHECK_EXACT(o) && tuple_may_untrack(o)) {
            mn_gc_untrack(o);
        } else if (MN_DICT_CHECK_EXACT(o)) {
            mn_dict_maybe_untrack(o);
        }
    }
}

static int
compare_ptr(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)*(MnObject *const *)a, y = (uintptr_t)*(MnObject *const *)b;
    return x < y ? -1 : x > y;
}

typedef struct RefCheck {
    MnObject **sorted;
    intptr_t *refs;
    intptr_t n;
} RefCheck;

static int
visit_internal(MnObject *o, void *arg)
{
    RefCheck *rc = arg;
    MnObject **hit = bsearch(&o, rc->sorted, (size_t)rc->n, sizeof(MnObject *), compare_ptr);
    if (hit != NULL) {
        rc->refs[hit - rc->sorted]--;
    }
    return 0;
}

// After finalizers ran: -> 1 if some object of [garbage] (each holding one extra reference
// of ours) is referenced from outside the set again, 0 if not, -1 on memory exhaustion.
static int
resurrected(ObjArray *garbage)
{
    if (garbage->n == 0) {
        return 0;
    }
    RefCheck rc = {NULL, NULL, garbage->n};
    rc.sorted = mn_mem_alloc(sizeof(MnObject *) * (size_t)garbage->n);
    rc.refs = mn_mem_alloc(sizeof(intptr_t) * (size_t)garbage->n);
    int res = -1;
    if (rc.sorted == NULL || rc.refs == NULL) {
        goto done;
    }
    memcpy(rc.sorted, garbage->items, sizeof(MnObject *) * (size_t)garbage->n);
    qsort(rc.sorted, (size_t)rc.n, sizeof(MnObject *), compare_ptr);
    for (intptr_t i = 0; i < rc.n; i++) {
        rc.refs[i] = rc.sorted[i]->ob_refcnt - 1;
    }
    for (intptr_t i = 0; i < rc.n; i++) {
        MnObject *o = rc.sorted[i];
        if (MN_TYPE(o)->tp_traverse != NULL) {
            MN_TYPE(o)->tp_traverse(o, visit_internal, &rc);
        }
    }
    res = 0;
    for (intptr_t i = 0; i < rc.n; i++) {
        if (rc.refs[i] > 0) {
            res = 1;
            break;
        }
    }
done:
    mn_mem_free(rc.sorted);
    mn_mem_free(rc.refs);
    return res;
}

// Runs each finalizer once (PEP 442), in list order.
static void
finalize_garbage(ObjArray *garbage)
{
    for (intptr_t i = 0; i < garbage->n; i++) {
        MnObject *o = garbage->items[i];
        mn_destructor fin = MN_TYPE(o)->tp_finalize;
        if (fin != NULL && !mn_gc_is_finalized(o)) {
            mn_gc_set_finalized(o, 1);
            fin(o);
            if (mn_err_occurred()) {
                mn_err_write_unraisable(o);
            }
        }
    }
}

intptr_t
mn_gc_collect_all(void)
{
    static int collecting;
    if (collecting) {
        return 0;
    }
    collecting = 1;
    MnObject *saved = mn_err_fetch();
    ObjArray all = {0}, garbage = {0};
    intptr_t found = -1;
    if (find_unreachable(&all, &garbage) < 0) {
        goto done;
    }
    untrack_atomic_containers(&all);
    found = garbage.n;
    for (intptr_t i = 0; i < garbage.n; i++) {
        mn_incref(garbage.items[i]);
    }
    finalize_garbage(&garbage);
    if (resurrected(&garbage) == 0) {
        for (intptr_t i = 0; i < garbage.n; i++) {
            MnObject *o = garbage.items[i];
            if (MN_TYPE(o)->tp_clear != NULL) {
                MN_TYPE(o)->tp_clear(o);
                if (mn_err_occurred()) {
                    mn_err_write_unraisable(NULL);
                }
            }
        }
    }
    for (intptr_t i = 0; i < garbage.n; i++) {
        mn_decref(garbage.items[i]);
    }
    mn_rt.gc_count0 = 0;
done:
    mn_mem_free(all.items);
    mn_mem_free(garbage.items);
    mn_err_restore(saved);
    collecting = 0;
    return found;
}
