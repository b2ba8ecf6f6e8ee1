/*
 * runtime/cell.h - cells: the boxes that closures share for a variable of an enclosing scope.
 * See also: runtime/cell.c, src/eval.c (MAKE_CELL, LOAD_DEREF, STORE_DEREF)
 */
#ifndef MN_CELL_H
#define MN_CELL_H

#include "object.h"

typedef struct MnCell {
    MnObject ob_base;
    MnObject *ob_ref;           // owned contents, or NULL (empty)
} MnCell;

extern MnType mn_cell_type;
#define MN_CELL_CHECK(o) (MN_TYPE(o) == &mn_cell_type)
#define MN_CELL_GET(o) (((MnCell *)(o))->ob_ref)

// A cell holding [value] (borrowed; NULL for empty). -> new reference, or NULL.
MnObject *mn_cell_new(MnObject *value);
// Replaces the contents with [value] (borrowed; NULL empties), dropping the old one last.
void mn_cell_set(MnObject *cell, MnObject *value);

#endif
