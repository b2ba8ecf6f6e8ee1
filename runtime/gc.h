/*
 * runtime/gc.h - the collector header, tracking of container objects and the generational
 * cycle collector behind the gc module.
 * MnGCHead is two words placed in front of every object whose type has MN_TPFLAG_GC,
 * exactly as CPython's PyGC_Head, so sizes agree. Tracked objects sit in one of three
 * generation lists (or the permanent generation of gc.freeze()) in allocation order.
 * See also: runtime/gc.c, runtime/alloc.c, runtime/weakref.c, lib/mod_gc.c
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

#define MN_GC_NUM_GENERATIONS 3

// gc.DEBUG_* flags.
enum {
    MN_GC_DEBUG_STATS = 1,
    MN_GC_DEBUG_COLLECTABLE = 2,
    MN_GC_DEBUG_UNCOLLECTABLE = 4,
    MN_GC_DEBUG_SAVEALL = 32,
};

// Adds [o] (fully initialized) to the youngest generation. No-op if already tracked.
void mn_gc_track(void *o);
// Removes [o] from its generation. No-op if untracked.
void mn_gc_untrack(void *o);
// -> 1 if [o] is a tracked container, else 0.
int mn_gc_is_tracked(MnObject *o);
// The finalized mark of a GC object. -> 1 or 0.
int mn_gc_is_finalized(MnObject *o);
void mn_gc_set_finalized(MnObject *o, int flag);

// Sets up the generation lists; called by mn_runtime_init before any object exists.
void mn_gc_init(void);
// Gives the collector the gc module's [garbage] and [callbacks] lists (new references are
// taken, kept until mn_gc_fini). Called when the gc module is created.
void mn_gc_set_lists(MnObject *garbage, MnObject *callbacks);
// Drops the gc.garbage contents and forgets the lists (runtime teardown).
void mn_gc_fini(void);

// Called by mn_object_alloc when count0 (GC objects allocated minus freed) has passed
// threshold 0: collects the oldest generation whose count exceeds its threshold, as CPython
// 3.11, unless collection is disabled, already running or an exception is pending.
void mn_gc_collect_on_alloc(void);
// gc.collect([generation]) (0..2): runs gc.callbacks around the collection.
// -> unreachable objects found (collected + uncollectable), 0 if a collection is running.
intptr_t mn_gc_collect(int generation);
// The full collections of interpreter shutdown: no callbacks, run even when disabled.
// -> unreachable objects found.
intptr_t mn_gc_collect_nofail(void);

// gc.get_count(): count0 then the collection counters of generations 1 and 2.
void mn_gc_get_count(int counts[3]);
// Sets those three counts (CPython's state when the main program begins).
void mn_gc_set_count(const int counts[3]);
// gc.get_threshold() / set_threshold() for generation [i] (0..2).
int mn_gc_get_threshold(int i);
void mn_gc_set_threshold(int i, int value);
// gc.get_debug() / set_debug().
int mn_gc_get_debug(void);
void mn_gc_set_debug(int flags);
// gc.get_stats() for generation [i]: collections, collected, uncollectable.
void mn_gc_get_stats(int i, intptr_t out[3]);
// Sets those figures (CPython's when the main program begins).
void mn_gc_set_stats(int i, const intptr_t stats[3]);
// Appends the tracked objects of [generation] (-1: all generations), except [list] itself,
// to [list] in list order. -> 0, or -1 with an exception set.
int mn_gc_get_objects(MnObject *list, int generation);
// gc.freeze(): every tracked object moves to the permanent generation. gc.unfreeze() moves
// them back into the oldest generation.
void mn_gc_freeze(void);
void mn_gc_unfreeze(void);
// At exit, after the modules: the frozen objects go back to the oldest generation, marked
// finalized (their __del__ does not run, as CPython never collects them), so the last
// collections free them.
void mn_gc_release_frozen(void);
// -> gc.get_freeze_count().
intptr_t mn_gc_freeze_count(void);

#endif
