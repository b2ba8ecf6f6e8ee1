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

// tuple_iterator.
extern MnType mn_tuple_iter_type;

#endif
