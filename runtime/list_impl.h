/*
 * runtime/list_impl.h - internals shared by runtime/list.c, list_slice.c and sort.c.
 * Not for other areas: use runtime/list.h.
 */
#ifndef MN_LIST_IMPL_H
#define MN_LIST_IMPL_H

#include "list.h"

typedef struct MnListIter {
    MnObject ob_base;
    intptr_t index;
    MnObject *seq;              // owned list, NULL once exhausted
} MnListIter;

// Sets the size to [newsize], reallocating with CPython 3.11's over-allocation rule.
// -> 0, or -1 with MemoryError.
int mn_list_resize(MnList *self, intptr_t newsize);
// Allocates room for [size] items rounded up to even (as CPython); the size is unchanged.
// -> 0, or -1 with MemoryError.
int mn_list_preallocate_exact(MnList *self, intptr_t size);
// An untracked list of [type] with [n] NULL items, allocated exactly.
// -> new reference, or NULL with MemoryError.
MnObject *mn_list_new_untracked(MnType *type, intptr_t n);
// Drops every item and the array (list.clear()).
// -> 0 always.
int mn_list_clear_items(MnList *self);
// Removes items [lo, hi) (valid bounds) and shrinks as CPython's list_ass_slice.
// -> 0, or -1 with MemoryError.
int mn_list_delete_range(MnList *self, intptr_t lo, intptr_t hi);
// a + b for two lists; a * n (n < 0 is 0), both allocated exactly.
// -> new list, or NULL with MemoryError.
MnObject *mn_list_concat(MnObject *a, MnObject *b);
MnObject *mn_list_repeat(MnObject *a, intptr_t n);
// The count of seq * n, from an int or an __index__ object.
// -> 0 with *count set, or -1 with TypeError "can't multiply sequence by non-int of type
// 'str'" or OverflowError.
int mn_list_repeat_count(MnObject *n, intptr_t *count);
// A start/stop bound of index(): an int or __index__ object, clamped to intptr_t.
// -> 0, or -1 with TypeError "slice indices must be integers or have an __index__ method".
int mn_list_index_arg(MnObject *v, intptr_t *out);
// mp_subscript / mp_ass_subscript of list (runtime/list_slice.c): l[i], l[a:b:c], and
// assignment/deletion ([value] NULL) with CPython's messages.
// -> new reference / 0, or NULL / -1 with an exception set.
MnObject *mn_list_subscript(MnObject *self, MnObject *key);
int mn_list_ass_subscript(MnObject *self, MnObject *key, MnObject *value);

#endif
