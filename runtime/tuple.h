/*
 * runtime/tuple.h - tuple: a GC container of fixed size, items inline (40 + 8n bytes with
 * the collector header). The empty tuple is a singleton.
 * See also: runtime/tuple.c
 */
#ifndef MN_TUPLE_H
#define MN_TUPLE_H

#include "object.h"

typedef struct MnTuple {
    MnVarObject ob_base;
    MnObject *ob_item[1];       // owned
} MnTuple;

extern MnType mn_tuple_type;
#define MN_TUPLE_CHECK(o) MN_TYPE_HAS_FLAG(MN_TYPE(o), MN_TPFLAG_TUPLE_SUBCLASS)
#define MN_TUPLE_CHECK_EXACT(o) (MN_TYPE(o) == &mn_tuple_type)
#define MN_TUPLE_ITEMS(o) (((MnTuple *)(o))->ob_item)
#define MN_TUPLE_LEN(o) MN_SIZE(o)
#define MN_TUPLE_GET(o, i) (((MnTuple *)(o))->ob_item[i])
// Stores [v] in slot [i] of a tuple being built, stealing [v].
#define MN_TUPLE_SET(o, i, v) (((MnTuple *)(o))->ob_item[i] = (v))

// A tuple of [n] NULL items to fill with MN_TUPLE_SET; it is tracked by the collector.
// -> new tuple (the empty singleton for 0), or NULL.
MnObject *mn_tuple_new(intptr_t n);
// A tuple of the [n] objects that follow (borrowed). -> new tuple, or NULL.
MnObject *mn_tuple_pack(intptr_t n, ...);
// A tuple of [n] items copied from [items] (borrowed). -> new tuple, or NULL.
MnObject *mn_tuple_from_array(MnObject *const *items, intptr_t n);
// tuple(iterable) for any iterable ([o] itself if an exact tuple). -> new tuple, or NULL.
MnObject *mn_tuple_from_iterable(MnObject *o);
// t[lo:hi], clamped. -> new tuple, or NULL.
MnObject *mn_tuple_slice(MnObject *t, intptr_t lo, intptr_t hi);

// Frees the cached tuples of the free lists (CPython 3.11 keeps up to 2000 per size 1..20);
// call at teardown before counting live objects. Never fails.
void mn_tuple_fini(void);
// Does to the free list of [n]-item tuples what CPython 3.11 does when it packs the
// arguments of a call in a tuple and drops it (mnemo passes them in place): the cached tuple
// on top is taken and put back (its trace, if traced, moves to the current line), or, with
// none cached, a new one is allocated and cached. Never fails.
void mn_tuple_touch_freelist(intptr_t n);
// For a call during which CPython's argument tuple stays alive while the callee allocates
// (creating a class): takes an [n]-item tuple off the free list, or allocates one, as
// CPython's packing does. Drop the result (mn_xdecref) when the call returns: it goes back
// to the free list. -> new reference with NULL items, or NULL (never an error).
MnObject *mn_tuple_hold_args(intptr_t n);
// -> how many dead tuples of [size] items the free list holds (0 outside 1..20).
int mn_tuple_freelist_count(intptr_t size);
// Frees cached tuples of [size] items until at most [keep] are left.
void mn_tuple_freelist_trim(intptr_t size, int keep);

// tuple_iterator.
extern MnType mn_tuple_iter_type;

#endif
