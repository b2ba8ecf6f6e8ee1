/*
 * runtime/set_impl.h - internals shared by set.c and set_type.c: entry-level probing,
 * insertion and deletion with known hashes, table resizing and body swapping.
 * See also: runtime/set.h, runtime/set.c, runtime/set_type.c
 */
#ifndef MN_SET_IMPL_H
#define MN_SET_IMPL_H

#include "mnemo.h"
#include "dict_impl.h"

// The entry holding [key] or the empty entry ending its probe. -> entry, or NULL on error.
MnSetEntry *mn_set_lookkey(MnSet *so, MnObject *key, intptr_t hash);
// Adds [key] (borrowed) with [hash], growing as CPython does. -> 0, or -1.
int mn_set_add_entry(MnSet *so, MnObject *key, intptr_t hash);
// -> 1 present, 0 absent, -1 error.
int mn_set_contains_entry(MnSet *so, MnObject *key, intptr_t hash);
// -> 1 removed, 0 absent, -1 error.
int mn_set_discard_entry(MnSet *so, MnObject *key, intptr_t hash);
// As above, hashing [key] first.
int mn_set_add_key(MnSet *so, MnObject *key);
int mn_set_contains_key(MnSet *so, MnObject *key);
int mn_set_discard_key(MnSet *so, MnObject *key);
// Rebuilds the table with the smallest power-of-two size above [minused]. -> 0, or -1.
int mn_set_table_resize(MnSet *so, intptr_t minused);
// Next live entry from *pos. -> 1 with *entry set, 0 at the end.
int mn_set_next_entry(MnSet *so, intptr_t *pos, MnSetEntry **entry);
// A new set of exactly [type] (tracked), filled from [iterable] (may be NULL).
// -> new reference, or NULL.
MnObject *mn_set_make(MnType *type, MnObject *iterable);
// As mn_set_make with set or frozenset, whichever [type] derives from.
MnObject *mn_set_make_basetype(MnType *type, MnObject *iterable);
// Exchanges the tables (and, for two frozensets, the hashes) of [a] and [b].
void mn_set_swap_bodies(MnSet *a, MnSet *b);
// -> 1 if every element of [so] is in [other], 0 if not, -1 on error.
int mn_set_issubset_set(MnSet *so, MnSet *other);
// -> 1 if [key] is the dummy marking a deleted entry.
int mn_set_is_dummy(MnObject *key);

#endif
