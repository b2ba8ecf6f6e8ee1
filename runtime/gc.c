/*
 * runtime/gc.c - tracking of container objects in generation lists.
 * Tracked objects are linked through their MnGCHead into the youngest generation, in
 * allocation order. The cycle collector itself (issue 5) will run over these lists.
 * See also: runtime/gc.h, runtime/alloc.c
 */
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

void
mn_gc_track(void *o)
{
    MnGCHead *g = MN_AS_GC(o);
    if (g->gc_next != 0) {
        return;
    }
    MnGCHead *head = &generations[0].head;
    MnGCHead *last = (MnGCHead *)head->gc_prev;
    g->gc_prev = (uintptr_t)last;
    g->gc_next = (uintptr_t)head;
    last->gc_next = (uintptr_t)g;
    head->gc_prev = (uintptr_t)g;
    generations[0].count++;
}

void
mn_gc_untrack(void *o)
{
    MnGCHead *g = MN_AS_GC(o);
    if (g->gc_next == 0) {
        return;
    }
    MnGCHead *prev = (MnGCHead *)g->gc_prev;
    MnGCHead *next = (MnGCHead *)g->gc_next;
    prev->gc_next = (uintptr_t)next;
    next->gc_prev = (uintptr_t)prev;
    g->gc_next = 0;
    g->gc_prev = 0;
    if (generations[0].count > 0) {
        generations[0].count--;
    }
}

int
mn_gc_is_tracked(MnObject *o)
{
    return MN_IS_GC(o) && MN_AS_GC(o)->gc_next != 0;
}

/* ==== a full collection (trial deletion over every tracked object) ==== */

#define GC_COLLECTING ((uintptr_t)1)
#define GC_REACHABLE ((uintptr_t)2)
#define GC_REFS_SHIFT 2

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

// Puts the objects of [all] back into generation 0 in order, with clean links.
static void
relink(ObjArray *all)
{
    mn_gc_init();
    for (intptr_t i = 0; i < all->n; i++) {
        MN_AS_GC(all->items[i])->gc_next = 0;
        mn_gc_track(all->items[i]);
    }
}

intptr_t
mn_gc_collect_all(void)
{
    ObjArray all = {0}, stack = {0}, garbage = {0};
    intptr_t found = -1;
    for (int g = 0; g < NUM_GENERATIONS; g++) {
        MnGCHead *head = &generations[g].head;
        for (MnGCHead *h = (MnGCHead *)head->gc_next; h != head; h = (MnGCHead *)h->gc_next) {
            if (array_push(&all, MN_FROM_GC(h)) < 0) {
                goto done;
            }
        }
    }
    for (intptr_t i = 0; i < all.n; i++) {
        MnObject *o = all.items[i];
        MN_AS_GC(o)->gc_prev = ((uintptr_t)o->ob_refcnt << GC_REFS_SHIFT) | GC_COLLECTING;
    }
    for (intptr_t i = 0; i < all.n; i++) {
        MnObject *o = all.items[i];
        if (MN_TYPE(o)->tp_traverse != NULL) {
            MN_TYPE(o)->tp_traverse(o, visit_decref, NULL);
        }
    }
    for (intptr_t i = 0; i < all.n; i++) {
        MnObject *o = all.items[i];
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
    for (intptr_t i = 0; i < all.n; i++) {
        MnObject *o = all.items[i];
        if (!(MN_AS_GC(o)->gc_prev & GC_REACHABLE) && array_push(&garbage, o) < 0) {
            goto done;
        }
    }
    relink(&all);
    for (intptr_t i = 0; i < garbage.n; i++) {
        mn_incref(garbage.items[i]);
    }
    for (intptr_t i = 0; i < garbage.n; i++) {
        MnObject *o = garbage.items[i];
        if (MN_TYPE(o)->tp_clear != NULL) {
            MN_TYPE(o)->tp_clear(o);
        }
    }
    for (intptr_t i = 0; i < garbage.n; i++) {
        mn_decref(garbage.items[i]);
    }
    found = garbage.n;
done:
    if (found < 0 && all.n > 0) {
        relink(&all);
    }
    mn_mem_free(all.items);
    mn_mem_free(stack.items);
    mn_mem_free(garbage.items);
    return found;
}
