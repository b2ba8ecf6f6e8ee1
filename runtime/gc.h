/*
 * runtime/gc.h - the collector header and tracking of container objects.
 * MnGCHead is two words placed in front of every object whose type has MN_TPFLAG_GC,
 * exactly as CPython's PyGC_Head, so sizes agree. Tracked objects sit in generation lists.
 * Collection itself (issue 5) lives in runtime/gc.c too.
 * See also: runtime/alloc.c, lib/mod_gc.c
 */
#ifndef MN_GC_H
#define MN_GC_H

#include "object.h"

typedef struct MnGCHead {
    uintptr_t gc_next;          // next in the generation list; 0 when untracked
    uintptr_t gc_prev;          // previous in the list; low bits hold collector flags
} MnGCHead;

// The low bit of gc_prev: the object's finalizer has run (PEP 442).
#define MN_GC_FINALIZED ((uintptr_t)1)

#define MN_AS_GC(o) (((MnGCHead *)(o)) - 1)
#define MN_FROM_GC(g) ((MnObject *)(((MnGCHead *)(g)) + 1))

// Adds [o] (fully initialized) to the youngest generation. No-op if already tracked.
void mn_gc_track(void *o);
// Removes [o] from its generation. No-op if untracked.
void mn_gc_untrack(void *o);
// -> 1 if [o] is a tracked container, else 0.
int mn_gc_is_tracked(MnObject *o);
// The finalized mark of a GC object. -> 1 or 0.
int mn_gc_is_finalized(MnObject *o);
void mn_gc_set_finalized(MnObject *o, int flag);
// gc.get_count(): allocations minus deallocations of GC objects since the last collection,
// then the generation counters.
void mn_gc_get_count(int counts[3]);
// gc.get_threshold() / set_threshold() for generation [i] (0..2).
int mn_gc_get_threshold(int i);
void mn_gc_set_threshold(int i, int value);
// Appends every tracked object (except [list] itself) to [list] in list order. -> 0, or -1.
int mn_gc_get_objects(MnObject *list);
// Sets up the generation lists; called by mn_runtime_init.
void mn_gc_init(void);
// Collects every unreachable cycle among all tracked objects (trial deletion, then tp_clear).
// Finalizers and weak references come with the full collector (issue 5).
// -> number of unreachable objects found, or -1 on memory exhaustion.
intptr_t mn_gc_collect_all(void);

#endif
