/*
 * runtime/range.h - range and slice objects, and slice index arithmetic.
 * See also: runtime/range.c, runtime/slice.c
 */
#ifndef MN_RANGE_H
#define MN_RANGE_H

#include "object.h"

typedef struct MnRange {
    MnObject ob_base;
    MnObject *start, *stop, *step, *length;     // owned ints
} MnRange;

typedef struct MnSlice {
    MnObject ob_base;
    MnObject *start, *stop, *step;              // owned, mn_None when absent
} MnSlice;

extern MnType mn_range_type, mn_slice_type;
#define MN_SLICE_CHECK(o) (MN_TYPE(o) == &mn_slice_type)

// -> new slice (arguments borrowed, NULL meaning None), or NULL. Reuses the one cached
// dead slice as CPython 3.11 does.
MnObject *mn_slice_new(MnObject *start, MnObject *stop, MnObject *step);
// Frees the cached slice object; call at teardown before counting live objects.
void mn_slice_fini(void);
// -> 1 when a dead slice object is kept for reuse, else 0.
int mn_slice_cache_count(void);
// Resolves [slice] against a sequence of [length]: fills start, stop, step and returns the
// number of selected items. -> count >= 0, or -1 with ValueError "slice step cannot be zero"
// or TypeError "slice indices must be integers or None or have an __index__ method".
intptr_t mn_slice_indices(MnObject *slice, intptr_t length, intptr_t *start, intptr_t *stop,
                          intptr_t *step);
// slice.indices() arithmetic on ints of any size: [length] is a non-negative int; fills new
// references to the clamped start, stop and step. -> 0, or -1 (the three are NULL).
int mn_slice_long_indices(MnObject *slice, MnObject *length, MnObject **start,
                          MnObject **stop, MnObject **step);
// range(start, stop, step) from ints (borrowed; step non-zero). -> new range, or NULL.
MnObject *mn_range_new(MnObject *start, MnObject *stop, MnObject *step);

// range_iterator (machine-sized ranges) and longrange_iterator.
extern MnType mn_range_iter_type, mn_longrange_iter_type;

#endif
