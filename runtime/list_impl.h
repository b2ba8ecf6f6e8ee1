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

// Resizes to [newsize] items with CPython's over-allocation. -> 0, or -1 with MemoryError.
int mn_list_resize(MnList *self, intptr_t newsize);
// Allocates room for exactly [size] items (size unchanged). -> 0, or -1.
int mn_list_preallocate_exact(MnList *self, intptr_t size);
// An untracked list of [type] with [n] NULL items, allocated exactly. -> new, or NULL.
MnObject *mn_list_new_untracked(MnType *type, intptr_t n);
// Drops every item and the array. -> 0.
int mn_list_clear_items(MnList *self);
// Removes items [lo, hi) (valid bounds). -> 0, or -1.
int mn_list_delete_range(MnList *self, intptr_t lo, intptr_t hi);
// a + b for two lists; a * n. -> new list, or NULL.
MnObject *mn_list_concat(MnObject *a, MnObject *b);
MnObject *mn_list_repeat(MnObject *a, intptr_t n);
// The count of seq * n, or TypeError "can't multiply sequence by non-int of type 'str'".
int mn_list_repeat_count(MnObject *n, intptr_t *count);
// An index()/count() bound: int or __index__, clamped to intptr_t. -> 0, or -1.
int mn_list_index_arg(MnObject *v, intptr_t *out);
// mp_subscript / mp_ass_subscript of list (runtime/list_slice.c).
MnObject *mn_list_subscript(MnObject *self, MnObject *key);
int mn_list_ass_subscript(MnObject *self, MnObject *key, MnObject *value);

#endif
