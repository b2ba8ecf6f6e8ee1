/*
 * runtime/set.h - set and frozenset with CPython's open-addressing table (216 bytes empty,
 * 8-entry small table inline), so iteration orders equal CPython's.
 * See also: runtime/set.c
 */
#ifndef MN_SET_H
#define MN_SET_H

#include "object.h"

typedef struct MnSetEntry {
    MnObject *key;              // owned, NULL (never used) or the dummy
    intptr_t hash;
} MnSetEntry;

#define MN_SET_MINSIZE 8

typedef struct MnSet {
    MnObject ob_base;
    intptr_t fill;              // active + dummy entries
    intptr_t used;              // active entries
    intptr_t mask;              // table size - 1
    MnSetEntry *table;          // smalltable or an owned array
    intptr_t hash;              // frozenset hash, -1 until computed
    intptr_t finger;            // pop() search start
    MnSetEntry smalltable[MN_SET_MINSIZE];
    MnObject *weakreflist;      // owned list head, or NULL
} MnSet;

extern MnType mn_set_type, mn_frozenset_type;
#define MN_SET_CHECK(o) (mn_type_is_subtype(MN_TYPE(o), &mn_set_type))
#define MN_FROZENSET_CHECK(o) (mn_type_is_subtype(MN_TYPE(o), &mn_frozenset_type))
#define MN_ANYSET_CHECK(o) (MN_SET_CHECK(o) || MN_FROZENSET_CHECK(o))
#define MN_SET_LEN(o) (((MnSet *)(o))->used)

// set(iterable) / frozenset(iterable); [iterable] may be NULL. -> new reference, or NULL.
MnObject *mn_set_new(MnObject *iterable);
MnObject *mn_frozenset_new(MnObject *iterable);
// s.add(key). -> 0, or -1.
int mn_set_add(MnObject *s, MnObject *key);
// key in s. -> 1, 0, -1.
int mn_set_contains(MnObject *s, MnObject *key);
// s.discard(key). -> 1 removed, 0 absent, -1 error.
int mn_set_discard(MnObject *s, MnObject *key);
// Iterates like mn_dict_next. -> 1 while there is an item, 0 at the end.
int mn_set_next(MnObject *s, intptr_t *pos, MnObject **key, intptr_t *hash);

#endif
