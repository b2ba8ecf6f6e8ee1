/*
 * runtime/list.h - list with CPython's over-allocation (56 bytes with the collector header,
 * then 88, 88, 88, 88, 120 ... as items are appended).
 * See also: runtime/list.c, runtime/sort.c
 */
#ifndef MN_LIST_H
#define MN_LIST_H

#include "object.h"

typedef struct MnList {
    MnVarObject ob_base;        // ob_size: number of items
    MnObject **ob_item;         // owned array of owned items
    intptr_t allocated;
} MnList;

extern MnType mn_list_type;
#define MN_LIST_CHECK(o) MN_TYPE_HAS_FLAG(MN_TYPE(o), MN_TPFLAG_LIST_SUBCLASS)
#define MN_LIST_CHECK_EXACT(o) (MN_TYPE(o) == &mn_list_type)
#define MN_LIST_ITEMS(o) (((MnList *)(o))->ob_item)
#define MN_LIST_LEN(o) MN_SIZE(o)
#define MN_LIST_GET(o, i) (((MnList *)(o))->ob_item[i])
// Stores [v] in slot [i] of a list being built, stealing [v].
#define MN_LIST_SET(o, i, v) (((MnList *)(o))->ob_item[i] = (v))

// A tracked list of [n] NULL items to fill with MN_LIST_SET. -> new list, or NULL.
MnObject *mn_list_new(intptr_t n);
// Appends [item] (borrowed), over-allocating as CPython does. -> 0, or -1 with MemoryError.
int mn_list_append(MnObject *list, MnObject *item);
// list.extend(iterable). -> 0, or -1.
int mn_list_extend(MnObject *list, MnObject *iterable);
// list(iterable). -> new list, or NULL.
MnObject *mn_list_from_iterable(MnObject *iterable);
// A new list of [n] items copied from [items] (borrowed). -> new list, or NULL.
MnObject *mn_list_from_array(MnObject *const *items, intptr_t n);
// tuple(list). -> new tuple, or NULL.
MnObject *mn_list_as_tuple(MnObject *list);
// list.sort() with optional [key] (NULL) and [reverse]; stable. -> 0, or -1.
int mn_list_sort(MnObject *list, MnObject *key, int reverse);
// list.insert(index, item) semantics. -> 0, or -1.
int mn_list_insert(MnObject *list, intptr_t index, MnObject *item);

// l[lo:hi] with CPython's clamping; an exactly-sized new list. -> new list, or NULL.
MnObject *mn_list_get_slice(MnObject *list, intptr_t lo, intptr_t hi);
// list.reverse() in place. Never fails.
void mn_list_reverse(MnObject *list);
// list.__sizeof__(): CPython's value WITHOUT the collector header (40 + 8 * allocated);
// sys.getsizeof adds the 16-byte header for tracked-capable types.
size_t mn_list_sizeof(MnObject *list);
// The list.sort method (runtime/sort.c): sort(*, key=None, reverse=False). -> None, or NULL.
MnObject *mn_list_sort_method(MnObject *self, MnObject *const *args, intptr_t nargs,
                              MnObject *kwnames);

// Frees the cached list objects of the free list (CPython keeps up to 80); call at teardown
// before counting live objects. Never fails.
void mn_list_fini(void);
// -> how many dead list objects the free list holds.
int mn_list_freelist_count(void);
// Frees cached list objects until at most [keep] are left.
void mn_list_freelist_trim(int keep);

// list_iterator and list_reverseiterator.
extern MnType mn_list_iter_type, mn_list_reviter_type;

/* ==== trashcan: bounded-depth deallocation of nested containers ==== */
// Called by a container's tp_dealloc (exact builtin types only) after untracking [o]: when
// deallocations are nested too deeply, [o] is queued for later and 1 is returned (the caller
// returns at once); else 0 (the caller frees [o], then calls mn_trashcan_end).
int mn_trashcan_begin(MnObject *o);
// Ends a mn_trashcan_begin that returned 0; at the outermost level runs the queued
// deallocations. Never fails.
void mn_trashcan_end(void);

#endif
